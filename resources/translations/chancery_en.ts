<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="82" />
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="102" />
        <source>The automatic backup failed: your work is saved in the store but has no recent backup. Free some disk space or check the backups folder, then take one with Backups… ({reason})</source>
        <translation>The automatic backup failed: your work is saved in the store but has no recent backup. Free some disk space or check the backups folder, then take one with Backups… ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="108" />
        <source>The backup taken as Chancery closed failed: your work is saved in the store but has no recent backup; take one with Backups… ({reason})</source>
        <translation>The backup taken as Chancery closed failed: your work is saved in the store but has no recent backup; take one with Backups… ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="113" />
        <source>The store&apos;s check after opening could not run; run `chancery check` once Chancery is closed. ({reason})</source>
        <translation>The store&apos;s check after opening could not run; run `chancery check` once Chancery is closed. ({reason})</translation>
    </message>
</context>
<context>
    <name>ActorListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="124" />
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="125" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="126" />
        <source>person</source>
        <translation>person</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="190" />
        <source>Chancery could not start: {0}</source>
        <translation>Chancery could not start: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="51" />
        <source>Chancery cannot open the store</source>
        <translation>Chancery cannot open the store</translation>
    </message>
    <message>
        <source>Interface language changed.</source>
        <translation>Interface language changed.</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>Opened {0}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="52" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="57" />
        <source>Backups of {name}, kept in {folder}. Chancery backs up after changes (at most every {minutes} minutes), when it closes, before an upgrade and before a restore; it keeps the last {last}, one a day for {days} days and one a week for {weeks} weeks.</source>
        <translation>Backups of {name}, kept in {folder}. Chancery backs up after changes (at most every {minutes} minutes), when it closes, before an upgrade and before a restore; it keeps the last {last}, one a day for {days} days and one a week for {weeks} weeks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="89" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="90" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="91" />
        <source>Show &amp;folder</source>
        <translation>Show &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="108" />
        <source>after changes</source>
        <translation>after changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="109" />
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="110" />
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="111" />
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="112" />
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="125" />
        <source>No backups yet: “Back up now” takes the first.</source>
        <translation>No backups yet: “Back up now” takes the first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="143" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="149" />
        <source>Backed up and checked: {name}.</source>
        <translation>Backed up and checked: {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="160" />
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="162" />
        <source>Replace everything in {name} with the backup from {when}? What was written since then will be replaced. The store as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>Replace everything in {name} with the backup from {when}? What was written since then will be replaced. The store as it is now is backed up first, so you can come back to it from this list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="177" />
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="190" />
        <source>Restored the backup from {when}.</source>
        <translation>Restored the backup from {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="193" />
        <source>The store as it was just before is kept: it is the backup “before a restore” at the top of the list.</source>
        <translation>The store as it was just before is kept: it is the backup “before a restore” at the top of the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="221" />
        <source>The store was damaged</source>
        <translation>The store was damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="222" />
        <source>Restore the backup from {when} now?</source>
        <translation>Restore the backup from {when} now?</translation>
    </message>
</context>
<context>
    <name>BriefComposer</name>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="56" />
        <source>Export brief</source>
        <translation>Export brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="87" />
        <source>What the reader must know or decide</source>
        <translation>What the reader must know or decide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="93" />
        <source>none (not written in the file)</source>
        <translation>none (not written in the file)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="95" />
        <source>Highest level contained</source>
        <translation>Highest level contained</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="101" />
        <source>Mark every page DRAFT / PROJET</source>
        <translation>Mark every page DRAFT / PROJET</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="103" />
        <source>One talking point per line</source>
        <translation>One talking point per line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="110" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="111" />
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="112" />
        <source>&amp;Audience</source>
        <translation>&amp;Audience</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="113" />
        <source>Prepared &amp;for</source>
        <translation>Prepared &amp;for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="114" />
        <source>Prepared &amp;by</source>
        <translation>Prepared &amp;by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="115" />
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="116" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="118" />
        <source>Talking &amp;points</source>
        <translation>Talking &amp;points</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="119" />
        <source>Reader's &amp;notes</source>
        <translation>Reader's &amp;notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="120" />
        <source>Author (PDF)</source>
        <translation>Author (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="128" />
        <location filename="../../desktop_app/ui/briefs/composer.py" line="311" />
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="152" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="153" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="155" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="245" />
        <source>The note cannot be made as it is set:</source>
        <translation>The note cannot be made as it is set:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="333" />
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="333" />
        <source>{0} pages</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="369" />
        <source>Save brief as PDF</source>
        <translation>Save brief as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="369" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="392" />
        <source>Saved {0} to {1}</source>
        <translation>Saved {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="350" />
        <source>{0} ({1}) in “{2}” has no glyph in the note&apos;s fonts: it prints as �.</source>
        <translation>{0} ({1}) in “{2}” has no glyph in the note&apos;s fonts: it prints as �.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="404" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="404" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Add a “Decision requested” section</source>
        <translation>Add a “Decision requested” section</translation>
    </message>
    <message>
        <source>The decision the reader is asked to take</source>
        <translation>The decision the reader is asked to take</translation>
    </message>
    <message>
        <source>End with an approval block to sign</source>
        <translation>End with an approval block to sign</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
</context>
<context>
    <name>BriefsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="50" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="51" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="52" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="53" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="54" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="55" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="64" />
        <source>No briefs yet: select meetings and press Ctrl+E to compose one.</source>
        <translation>No briefs yet: select meetings and press Ctrl+E to compose one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="66" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="67" />
        <source>&amp;What changed</source>
        <translation>&amp;What changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="68" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="108" />
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="169" />
        <source>Open brief</source>
        <translation>Open brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="186" />
        <source>Since brief {0} of {1}:</source>
        <translation>Since brief {0} of {1}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="190" />
        <source>• New meeting: {0}</source>
        <translation>• New meeting: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="191" />
        <source>• New commitment: {0}</source>
        <translation>• New commitment: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="193" />
        <source>• Status changed: {0} ({1} → {2})</source>
        <translation>• Status changed: {0} ({1} → {2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="197" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="200" />
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>No PDF viewer opened {0}, and Chancery cannot show it: {1}</source>
        <translation>No PDF viewer opened {0}, and Chancery cannot show it: {1}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>to check: {0}</source>
        <translation>to check: {0}</translation>
    </message>
    <message>
        <source>date inferred from a weekday and the publication date</source>
        <translation>date inferred from a weekday and the publication date</translation>
    </message>
    <message>
        <source>date&apos;s year taken from the publication date</source>
        <translation>date&apos;s year taken from the publication date</translation>
    </message>
    <message>
        <source>no meeting date in the text: the publication date is used</source>
        <translation>no meeting date in the text: the publication date is used</translation>
    </message>
    <message>
        <source>date&apos;s year inferred from its weekday and the years the text names</source>
        <translation>date&apos;s year inferred from its weekday and the years the text names</translation>
    </message>
    <message>
        <source>date&apos;s year taken from the only year the text names</source>
        <translation>date&apos;s year taken from the only year the text names</translation>
    </message>
    <message>
        <source>date of a dateline filed in another city: the meeting may be a day earlier</source>
        <translation>date of a dateline filed in another city: the meeting may be a day earlier</translation>
    </message>
    <message>
        <source>probably the same meeting as #{0} ({1})</source>
        <translation>probably the same meeting as #{0} ({1})</translation>
    </message>
    <message>
        <source>session numbers differ</source>
        <translation>session numbers differ</translation>
    </message>
    <message>
        <source>a date is missing</source>
        <translation>a date is missing</translation>
    </message>
    <message>
        <source>few parties in common</source>
        <translation>few parties in common</translation>
    </message>
    <message>
        <source>place unknown and date only near</source>
        <translation>place unknown and date only near</translation>
    </message>
    <message>
        <source>one party only</source>
        <translation>one party only</translation>
    </message>
    <message>
        <source>party named only once: {0}</source>
        <translation>party named only once: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="57" />
        <source>probably the same as #{0}: {1}</source>
        <translation>probably the same as #{0}: {1}</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>unknown speaker</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="59" />
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="60" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="61" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="62" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="63" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="65" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="66" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Commitment, principle or next step (its kind in brackets)</source>
        <translation>Commitment, principle or next step (its kind in brackets)</translation>
    </message>
    <message>
        <source>Meeting where it was made</source>
        <translation>Meeting where it was made</translation>
    </message>
    <message>
        <source>Theme, then its other themes</source>
        <translation>Theme, then its other themes</translation>
    </message>
    <message>
        <source>Parties committed</source>
        <translation>Parties committed</translation>
    </message>
    <message>
        <source>Due date: red when overdue, amber when due within 30 days</source>
        <translation>Due date: red when overdue, amber when due within 30 days</translation>
    </message>
    <message>
        <source>Compliance score: −1 not complied, 0 partly, +1 complied</source>
        <translation>Compliance score: −1 not complied, 0 partly, +1 complied</translation>
    </message>
    <message>
        <source>Evidence of what was done</source>
        <translation>Evidence of what was done</translation>
    </message>
</context>
<context>
    <name>CommitmentsTracker</name>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" />
        <source>No commitment matches these filters and due dates. An imported document adds its commitments, principles and next steps here (File ▸ Import, Ctrl+I).</source>
        <translation>No commitment matches these filters and due dates. An imported document adds its commitments, principles and next steps here (File ▸ Import, Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="91" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="114" />
        <source>Statuses by theme</source>
        <translation>Statuses by theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="115" />
        <source>Statuses by partner</source>
        <translation>Statuses by partner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="116" />
        <source>Group the chart by</source>
        <translation>Group the chart by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="119" />
        <source>Rows in red are overdue, in amber due within 30 days. Double-click a status, score, evidence or due date to change it (Ctrl+Z undoes).</source>
        <translation>Rows in red are overdue, in amber due within 30 days. Double-click a status, score, evidence or due date to change it (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>Due from date</source>
        <translation>Due from date</translation>
    </message>
    <message>
        <source>Due to date</source>
        <translation>Due to date</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Change the selected commitment&apos;s status, saying why</source>
        <translation>Change the selected commitment&apos;s status, saying why</translation>
    </message>
    <message>
        <source>Select a commitment first, then change its status.</source>
        <translation>Select a commitment first, then change its status.</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="286" />
        <source>encryption</source>
        <translation>encryption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="287" />
        <source>change of passphrase</source>
        <translation>change of passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="288" />
        <source>decryption</source>
        <translation>decryption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="293" />
        <source>Interrupted change of the store</source>
        <translation>Interrupted change of the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="296" />
        <source>The {what} of {name} started {when} was interrupted. Finish it, or undo it, with the same passphrase as then; until then the store cannot be opened.</source>
        <translation>The {what} of {name} started {when} was interrupted. Finish it, or undo it, with the same passphrase as then; until then the store cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="303" />
        <source>Finish it</source>
        <translation>Finish it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="306" />
        <source>Undo it</source>
        <translation>Undo it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="330" />
        <source>That is not the passphrase the interrupted change was started with; type that one.</source>
        <translation>That is not the passphrase the interrupted change was started with; type that one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="341" />
        <source>Type the passphrase that was chosen to encrypt {name}.</source>
        <translation>Type the passphrase that was chosen to encrypt {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="344" />
        <source>Type the current passphrase of {name}, then the new one that was chosen, twice.</source>
        <translation>Type the current passphrase of {name}, then the new one that was chosen, twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="348" />
        <source>Type the passphrase of {name}.</source>
        <translation>Type the passphrase of {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="357" />
        <source>Undo the interrupted change</source>
        <translation>Undo the interrupted change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="359" />
        <source>Finish the change</source>
        <translation>Finish the change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="361" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="363" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="371" />
        <source>The change is not finished</source>
        <translation>The change is not finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="379" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="388" />
        <source>{name} was converted, but some of its files were not (listed below).</source>
        <translation>{name} was converted, but some of its files were not (listed below).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="393" />
        <source>The interrupted change was undone: {name} is as it was before.</source>
        <translation>The interrupted change was undone: {name} is as it was before.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="397" />
        <source>{name} is encrypted, and so are its backups.</source>
        <translation>{name} is encrypted, and so are its backups.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="401" />
        <source>{name} is decrypted, and so are its backups.</source>
        <translation>{name} is decrypted, and so are its backups.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="406" />
        <source>Records: {n}. Backups converted: {m}.</source>
        <translation>Records: {n}. Backups converted: {m}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="413" />
        <source>Sealed under the passphrase, as they could not be converted:</source>
        <translation>Sealed under the passphrase, as they could not be converted:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="417" />
        <source>Unsealed, back as they were:</source>
        <translation>Unsealed, back as they were:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="420" />
        <source>Leftovers overwritten, then deleted:</source>
        <translation>Leftovers overwritten, then deleted:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="424" />
        <source>Not converted (damaged, or under another passphrase), left as they are:</source>
        <translation>Not converted (damaged, or under another passphrase), left as they are:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="430" />
        <source>Not Chancery&apos;s, left alone in the backups folder:</source>
        <translation>Not Chancery&apos;s, left alone in the backups folder:</translation>
    </message>
</context>
<context>
    <name>DeferredStoreCheck</name>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="74" />
        <source>The store was damaged</source>
        <translation>The store was damaged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="85" />
        <source>Chancery found the store damaged but could not move it aside ({error}); close Chancery and restore a backup with `chancery restore latest`.</source>
        <translation>Chancery found the store damaged but could not move it aside ({error}); close Chancery and restore a backup with `chancery restore latest`.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="105" />
        <source>The damaged store was set aside as {name} and its backup restored.</source>
        <translation>The damaged store was set aside as {name} and its backup restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="107" />
        <source>The damaged store was set aside as {name}; this store is a new one.</source>
        <translation>The damaged store was set aside as {name}; this store is a new one.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="42" />
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="43" />
        <source>Themes:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="44" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="45" />
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="46" />
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="47" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="48" />
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="49" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="50" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="51" />
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="52" />
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="71" />
        <source>due {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="92" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="104" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="109" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="112" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="114" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="117" />
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="119" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="152" />
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="153" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="208" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="210" />
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="213" />
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="214" />
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="229" />
        <source>To review: {0}</source>
        <translation>To review: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="232" />
        <source>A accepts, E edits, R rejects; the passage it came from is shown below.</source>
        <translation>A accepts, E edits, R rejects; the passage it came from is shown below.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="108" />
        <source>{0} sources</source>
        <translation>{0} sources</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>reason: {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="42" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="46" />
        <source>Source passage</source>
        <translation>Source passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="47" />
        <location filename="../../desktop_app/ui/detail_pane.py" line="217" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="58" />
        <source>Select a meeting, a commitment or a search result.</source>
        <translation>Select a meeting, a commitment or a search result.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="217" />
        <source>Notes ({0})</source>
        <translation>Notes ({0})</translation>
    </message>
    <message>
        <source>Ctrl+Down / Ctrl+Up: next / previous link; Enter opens it</source>
        <translation>Ctrl+Down / Ctrl+Up: next / previous link; Enter opens it</translation>
    </message>
    <message>
        <source>The item in view is hidden by the filters, or no longer exists.</source>
        <translation>The item in view is hidden by the filters, or no longer exists.</translation>
    </message>
    <message>
        <source>Reviewed: this item has left the review queue.</source>
        <translation>Reviewed: this item has left the review queue.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="105" />
        <source>&lt;h2&gt;Your store is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your store is empty&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="108" />
        <source>Import a communiqué, an article or a note (Ctrl+I, or drop files on the window), or load the demo dossier to see how Chancery works.</source>
        <translation>Import a communiqué, an article or a note (Ctrl+I, or drop files on the window), or load the demo dossier to see how Chancery works.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="114" />
        <source>Import documents…</source>
        <translation>Import documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="115" />
        <source>Load the demo dossier</source>
        <translation>Load the demo dossier</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="49" />
        <location filename="../../desktop_app/ui/facets.py" line="50" />
        <source>Actor or country</source>
        <translation>Actor or country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="53" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="59" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="61" />
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="64" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="77" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="79" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="98" />
        <source>All actors</source>
        <translation>All actors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="110" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Meetings from date</source>
        <translation>Meetings from date</translation>
    </message>
    <message>
        <source>Meetings to date</source>
        <translation>Meetings to date</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="91" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="94" />
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="262" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="264" />
        <source>Stopped before it was imported: nothing of it was saved.</source>
        <translation>Stopped before it was imported: nothing of it was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="101" />
        <source>Files and their results</source>
        <translation>Files and their results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="104" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="138" />
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="139" />
        <source>already in the store</source>
        <translation>already in the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="140" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="145" />
        <source>Reading {0} ({1} of {2})…</source>
        <translation>Reading {0} ({1} of {2})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="146" />
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="169" />
        <source>Done: %n file(s) imported; new items wait in the review queue.</source>
        <translation><numerusform>Done: %n file imported; new items wait in the review queue.</numerusform><numerusform>Done: %n files imported; new items wait in the review queue.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="179" />
        <source>Stopping: the file being read is not imported…</source>
        <translation>Stopping: the file being read is not imported…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="293" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="293" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="313" />
        <source>Publication date and address</source>
        <translation>Publication date and address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="316" />
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="317" />
        <source>e.g. 3/4/2025</source>
        <translation>e.g. 3/4/2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="320" />
        <source>not found: paste it, https://…</source>
        <translation>not found: paste it, https://…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="322" />
        <source>&amp;Use what the file says</source>
        <translation>&amp;Use what the file says</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="324" />
        <source>Forget the date and address you set for the selected documents</source>
        <translation>Forget the date and address you set for the selected documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="329" />
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="332" />
        <source>&amp;Publication date:</source>
        <translation>&amp;Publication date:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="334" />
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="348" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="371" />
        <source>Check when each document was published and where it was found, then press Import. Dates such as “on Thursday” are read from the publication date; what you set wins over what the file says.</source>
        <translation>Check when each document was published and where it was found, then press Import. Dates such as “on Thursday” are read from the publication date; what you set wins over what the file says.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="379" />
        <source>No document to import: choose .txt, .md, .html, .pdf or .docx files.</source>
        <translation>No document to import: choose .txt, .md, .html, .pdf or .docx files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="436" />
        <source>set by you</source>
        <translation>set by you</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="437" />
        <source>from the file</source>
        <translation>from the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="447" />
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="476" />
        <source>Select a document to set its publication date and address.</source>
        <translation>Select a document to set its publication date and address.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="480" />
        <source>{0}: what you set here wins over what the file says.</source>
        <translation>{0}: what you set here wins over what the file says.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="487" />
        <source>%n documents selected: the date you set applies to each; an address names one document, select it alone to set it.</source>
        <translation><numerusform>%n document selected: the date you set applies to it; an address names one document, select it alone to set it.</numerusform><numerusform>%n documents selected: the date you set applies to each; an address names one document, select it alone to set it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="515" />
        <source>“{0}” is not one day: type the day the document was published, as 3/4/2025 or 3 avril 2025.</source>
        <translation>“{0}” is not one day: type the day the document was published, as 3/4/2025 or 3 avril 2025.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="536" />
        <source>“{0}” is not an address: paste the whole address of the document, starting with https:// or http://.</source>
        <translation>“{0}” is not an address: paste the whole address of the document, starting with https:// or http://.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26" />
        <source>announced</source>
        <translation>announced</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28" />
        <source>fulfilled</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29" />
        <source>lapsed</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37" />
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39" />
        <source>−1 not complied</source>
        <translation>−1 not complied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40" />
        <source>0 partly</source>
        <translation>0 partly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41" />
        <source>+1 complied</source>
        <translation>+1 complied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47" />
        <source>security</source>
        <translation>security</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48" />
        <source>diplomacy</source>
        <translation>diplomacy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49" />
        <source>economy</source>
        <translation>economy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50" />
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="51" />
        <source>infrastructure</source>
        <translation>infrastructure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52" />
        <source>trade</source>
        <translation>trade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="53" />
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="54" />
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>agriculture</source>
        <translation>agriculture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>humanitarian</source>
        <translation>humanitarian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>technology</source>
        <translation>technology</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="55" />
        <source>culture</source>
        <translation>culture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="56" />
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="57" />
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="65" />
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66" />
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="67" />
        <source>principle</source>
        <translation>principle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="68" />
        <source>next step</source>
        <translation>next step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="69" />
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="70" />
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="72" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="73" />
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="74" />
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="75" />
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="82" />
        <source>co-chair</source>
        <translation>co-chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="83" />
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="84" />
        <source>head of delegation</source>
        <translation>head of delegation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="85" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="86" />
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="93" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="95" />
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>summit</translation>
    </message>
    <message>
        <source>joint commission</source>
        <translation>joint commission</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conference</translation>
    </message>
    <message>
        <source>state visit</source>
        <translation>state visit</translation>
    </message>
    <message>
        <source>official visit</source>
        <translation>official visit</translation>
    </message>
    <message>
        <source>working visit</source>
        <translation>working visit</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>talks</source>
        <translation>talks</translation>
    </message>
    <message>
        <source>treaty signing</source>
        <translation>treaty signing</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>ministerial consultations</source>
        <translation>ministerial consultations</translation>
    </message>
    <message>
        <source>ministerial conference</source>
        <translation>ministerial conference</translation>
    </message>
    <message>
        <source>ministerial meeting</source>
        <translation>ministerial meeting</translation>
    </message>
    <message>
        <source>ministerial talks</source>
        <translation>ministerial talks</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/frame.py" line="165" />
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/frame.py" line="243" />
        <source>Your search runs as soon as it is open.</source>
        <translation>Your search runs as soon as it is open.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="55" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="57" />
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="58" />
        <source>Load the &amp;demo dossier</source>
        <translation>Load the &amp;demo dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="65" />
        <source>&amp;New note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="66" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="67" />
        <source>Leave search</source>
        <translation>Leave search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="70" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="71" />
        <source>&amp;About Chancery</source>
        <translation>&amp;About Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="73" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="78" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="85" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="91" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="92" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="95" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="103" />
        <source>search (Esc leaves the search)</source>
        <translation>search (Esc leaves the search)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>in the brief composer: save as PDF / print</source>
        <translation>in the brief composer: save as PDF / print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>lock an encrypted store now (its passphrase is asked again)</source>
        <translation>lock an encrypted store now (its passphrase is asked again)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>quit</source>
        <translation>quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="104" />
        <source>new note on the item in view</source>
        <translation>new note on the item in view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="107" />
        <source>import documents (or drop files on the window)</source>
        <translation>import documents (or drop files on the window)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="117" />
        <source>undo / redo notes, tags, statuses and reviews</source>
        <translation>undo / redo notes, tags, statuses and reviews</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="123" />
        <source>go to a section of the sidebar</source>
        <translation>go to a section of the sidebar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="126" />
        <source>Arrows, Enter</source>
        <translation>Arrows, Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="127" />
        <source>move in a list, open the item</source>
        <translation>move in a list, open the item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="131" />
        <source>accept, edit, reject in the review queue</source>
        <translation>accept, edit, reject in the review queue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51" />
        <source>Chancery — {0}</source>
        <translation>Chancery — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="57" />
        <source>Search everything (Ctrl+F)…</source>
        <translation>Search everything (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="69" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="301" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="389" />
        <source>Select an item first, then press Ctrl+N.</source>
        <translation>Select an item first, then press Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Documents ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="469" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475" />
        <source>About Chancery</source>
        <translation>About Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476" />
        <source>Chancery: meetings, commitments and notes, offline.
Store: {0}</source>
        <translation>Chancery: meetings, commitments and notes, offline.
Store: {0}</translation>
    </message>
    <message>
        <source>edit / delete the record in view (Ctrl+Shift+M merges, Ctrl+Shift+H shows its history)</source>
        <translation>edit / delete the record in view (Ctrl+Shift+M merges, Ctrl+Shift+H shows its history)</translation>
    </message>
    <message>
        <source>(demo dossier)</source>
        <translation>(demo dossier)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>&amp;Recent stores</translation>
    </message>
    <message>
        <source>open another store (File ▸ Recent stores)</source>
        <translation>open another store (File ▸ Recent stores)</translation>
    </message>
    <message>
        <source>create a new, empty store</source>
        <translation>create a new, empty store</translation>
    </message>
    <message>
        <source>export a brief of the selected meetings (Shift/Ctrl-click or Ctrl+A select several)</source>
        <translation>export a brief of the selected meetings (Shift/Ctrl-click or Ctrl+A select several)</translation>
    </message>
    <message>
        <source>export a brief of every meeting the list shows</source>
        <translation>export a brief of every meeting the list shows</translation>
    </message>
    <message>
        <source>in the note editor: save the note</source>
        <translation>in the note editor: save the note</translation>
    </message>
    <message>
        <source>in the detail pane: next / previous link (Enter follows it)</source>
        <translation>in the detail pane: next / previous link (Enter follows it)</translation>
    </message>
    <message>
        <source>in a date field: open the calendar</source>
        <translation>in a date field: open the calendar</translation>
    </message>
    <message>
        <source>&amp;Export brief of the selected meetings…</source>
        <translation>&amp;Export brief of the selected meetings…</translation>
    </message>
    <message>
        <source>Export brief of the meetings &amp;shown…</source>
        <translation>Export brief of the meetings &amp;shown…</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation>Store: {0}</translation>
    </message>
    <message>
        <source>holds the demo dossier</source>
        <translation>holds the demo dossier</translation>
    </message>
    <message>
        <source>Select meetings in the list first (Shift/Ctrl-click, Ctrl+A for all), or export a brief of the meetings shown (Ctrl+Shift+E).</source>
        <translation>Select meetings in the list first (Shift/Ctrl-click, Ctrl+A for all), or export a brief of the meetings shown (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>The list shows no meeting: change the filters first.</source>
        <translation>The list shows no meeting: change the filters first.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Chancery stores (*.db)</source>
        <translation>Chancery stores (*.db)</translation>
    </message>
    <message>
        <source>{0} already exists: choose another name, or open it.</source>
        <translation>{0} already exists: choose another name, or open it.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Chancery stores (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>This store is already open.</source>
        <translation>This store is already open.</translation>
    </message>
    <message>
        <source>No other store opened yet</source>
        <translation>No other store opened yet</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="49" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="50" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="51" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="52" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="53" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="54" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>demo · {0}</source>
        <translation>demo · {0}</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="160" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="160" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="160" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>No note on it yet: write one below, Ctrl+S saves it.</source>
        <translation>No note on it yet: write one below, Ctrl+S saves it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>In the brief</source>
        <translation>In the brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>(in the bin)</source>
        <translation>(in the bin)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="48" />
        <source>Select an item to see and write its notes.</source>
        <translation>Select an item to see and write its notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="53" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="54" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="63" />
        <source>Notes on this item</source>
        <translation>Notes on this item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="69" />
        <source>Write a note… (saved as a draft as you type)</source>
        <translation>Write a note… (saved as a draft as you type)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="70" />
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="72" />
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="73" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="74" />
        <source>Include in brief</source>
        <translation>Include in brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="75" />
        <location filename="../../desktop_app/ui/notes_panel.py" line="169" />
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="76" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="77" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="79" />
        <source>Earlier versions of the note</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="127" />
        <source>Notes on {0}: {1}</source>
        <translation>Notes on {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="181" />
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="187" />
        <source>No earlier versions.</source>
        <translation>No earlier versions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="190" />
        <source>Earlier versions</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="203" />
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notes_panel.py" line="247" />
        <source>%n note(s) were being written when Chancery last closed.</source>
        <translation><numerusform>%n note was being written when Chancery last closed.</numerusform><numerusform>%n notes were being written when Chancery last closed.</numerusform></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S or Ctrl+Enter)</source>
        <translation>Save the note (Ctrl+S or Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No actor matches these filters; an imported document adds its actors here.</source>
        <translation>No actor matches these filters; an imported document adds its actors here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No source matches these filters; File ▸ Import adds documents (Ctrl+I).</source>
        <translation>No source matches these filters; File ▸ Import adds documents (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No tag yet: give a note tags (in its Notes tab) to group notes here.</source>
        <translation>No tag yet: give a note tags (in its Notes tab) to group notes here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>Select a tag above to see its notes.</source>
        <translation>Select a tag above to see its notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="68" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="78" />
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="81" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="89" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90" />
        <source>Notes with this tag</source>
        <translation>Notes with this tag</translation>
    </message>
    <message>
        <source>No meeting matches these filters: widen the dates, or choose All actors.</source>
        <translation>No meeting matches these filters: widen the dates, or choose All actors.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="74" />
        <source>Unlock the store</source>
        <translation>Unlock the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="75" />
        <source>Encrypt the store</source>
        <translation>Encrypt the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="76" />
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="77" />
        <source>Decrypt the store</source>
        <translation>Decrypt the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="80" />
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} is encrypted. Type its passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="82" />
        <source>Choose a passphrase for {name}. The store and its backups will be unreadable without it.</source>
        <translation>Choose a passphrase for {name}. The store and its backups will be unreadable without it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="85" />
        <source>Type the current passphrase of {name}, then the new one twice.</source>
        <translation>Type the current passphrase of {name}, then the new one twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="87" />
        <source>{name} and its backups will be stored unencrypted: anyone with the files can read them. Type the passphrase to confirm.</source>
        <translation>{name} and its backups will be stored unencrypted: anyone with the files can read them. Type the passphrase to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="105" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="105" />
        <source>Current:</source>
        <translation>Current:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="108" />
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="109" />
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="114" />
        <source>At least {n} characters; several unrelated words are best. Nobody, Chancery included, can recover a forgotten passphrase.</source>
        <translation>At least {n} characters; several unrelated words are best. Nobody, Chancery included, can recover a forgotten passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="120" />
        <source>Show what I type</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="126" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="134" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="135" />
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="136" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="137" />
        <source>Decrypt</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="170" />
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="179" />
        <source>The two new passphrases differ; type them again.</source>
        <translation>The two new passphrases differ; type them again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="233" />
        <source>That passphrase does not open the store; try again.</source>
        <translation>That passphrase does not open the store; try again.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65" />
        <source>Candidates to review</source>
        <translation>Candidates to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71" />
        <source>&amp;Accept (A)</source>
        <translation>&amp;Accept (A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72" />
        <source>&amp;Edit (E)</source>
        <translation>&amp;Edit (E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73" />
        <source>&amp;Reject (R)</source>
        <translation>&amp;Reject (R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/review_panel.py" line="117" />
        <source>%n candidate(s) to review. A accepts, E edits, R rejects; Ctrl+Z undoes.</source>
        <translation><numerusform>%n candidate to review. A accepts, E edits, R rejects; Ctrl+Z undoes.</numerusform><numerusform>%n candidates to review. A accepts, E edits, R rejects; Ctrl+Z undoes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="126" />
        <source>Nothing to review. Import a document (Ctrl+I): what it finds appears here for you to accept, edit or reject.</source>
        <translation>Nothing to review. Import a document (Ctrl+I): what it finds appears here for you to accept, edit or reject.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151" />
        <source>Edit candidate</source>
        <translation>Edit candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="85" />
        <source>&amp;Merge (M)</source>
        <translation>&amp;Merge (M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86" />
        <source>&amp;Keep both (K)</source>
        <translation>&amp;Keep both (K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="93" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="79" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>Meeting: {0}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="39" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="40" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="41" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="42" />
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="43" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="44" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="45" />
        <source>Briefs</source>
        <translation>Briefs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="46" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="47" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="299" />
        <source>Encrypt the store…</source>
        <translation>Encrypt the store…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="301" />
        <source>Change the passphrase…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="303" />
        <source>Decrypt the store…</source>
        <translation>Decrypt the store…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="305" />
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="308" />
        <source>Lock after inactivity…</source>
        <translation>Lock after inactivity…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="330" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="370" />
        <source>Quit Chancery</source>
        <translation>Quit Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="372" />
        <source>Chancery cannot open the store</source>
        <translation>Chancery cannot open the store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="389" />
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="390" />
        <source>Lock an encrypted store after this many minutes without use (0: never):</source>
        <translation>Lock an encrypted store after this many minutes without use (0: never):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="409" />
        <source>That is not the current passphrase; try again.</source>
        <translation>That is not the current passphrase; try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="422" />
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="425" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="45" />
        <location filename="../../desktop_app/ui/source_view.py" line="82" />
        <source>Choose “passage” next to an item to see where it came from.</source>
        <translation>Choose “passage” next to an item to see where it came from.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="49" />
        <source>Source text</source>
        <translation>Source text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="50" />
        <source>Note on selected passage</source>
        <translation>Note on selected passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="52" />
        <source>Add a note on the selected passage</source>
        <translation>Add a note on the selected passage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="84" />
        <source>This item has no source passage.</source>
        <translation>This item has no source passage.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../desktop_app/ui/chart.py" line="46" />
        <source>Chart of statuses</source>
        <translation>Chart of statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart.py" line="73" />
        <source>No commitments to chart.</source>
        <translation>No commitments to chart.</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="149" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="149" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="66" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="91" />
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="117" />
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="188" />
        <source>Show the timeline of</source>
        <translation>Show the timeline of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="196" />
        <source>● meetings (above)   ◆ due dates (below: red overdue, amber due soon)</source>
        <translation>● meetings (above)   ◆ due dates (below: red overdue, amber due soon)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="199" />
        <source>Actor:</source>
        <translation>Actor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="218" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="42" />
        <source>Add note on {0}</source>
        <translation>Add note on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="89" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="114" />
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="143" />
        <source>Set status to {0}</source>
        <translation>Set status to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="147" />
        <source>Set compliance score</source>
        <translation>Set compliance score</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="149" />
        <source>Edit evidence</source>
        <translation>Edit evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="186" />
        <source>Accept {0}</source>
        <translation>Accept {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="188" />
        <source>Reject {0}</source>
        <translation>Reject {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="216" />
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242" />
        <source>Merge into #{0}</source>
        <translation>Merge into #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="244" />
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="180" />
        <source>Set due date</source>
        <translation>Set due date</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="68" />
        <source>Unexpected error: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>EditFields</name>
    <message>
        <source>the day it was published: 2025-04-03</source>
        <translation>the day it was published: 2025-04-03</translation>
    </message>
    <message>
        <source>where it was found: https://…</source>
        <translation>where it was found: https://…</translation>
    </message>
    <message>
        <source>1997-07-03, or 1997-07 / 1997</source>
        <translation>1997-07-03, or 1997-07 / 1997</translation>
    </message>
    <message>
        <source>two letters: ML, FR…</source>
        <translation>two letters: ML, FR…</translation>
    </message>
    <message>
        <source>names or actor:ID, separated by commas</source>
        <translation>names or actor:ID, separated by commas</translation>
    </message>
    <message>
        <source>the post the person holds (kept on the actor)</source>
        <translation>the post the person holds (kept on the actor)</translation>
    </message>
    <message>
        <source>the person&apos;s country (kept on the actor)</source>
        <translation>the person&apos;s country (kept on the actor)</translation>
    </message>
    <message>
        <source>names or actor:ID, comma-separated</source>
        <translation>names or actor:ID, comma-separated</translation>
    </message>
    <message>
        <source>2025-12-31, or 2025-12 / 2025</source>
        <translation>2025-12-31, or 2025-12 / 2025</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separated by semicolons</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Date precision</translation>
    </message>
    <message>
        <source>Place (city)</source>
        <translation>Place (city)</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Country (two letters)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Session number</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Committed by</source>
        <translation>Committed by</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Due date precision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Speaker as written</source>
        <translation>Speaker as written</translation>
    </message>
    <message>
        <source>Quoted or reported</source>
        <translation>Quoted or reported</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aliases (separated by ;)</source>
        <translation>Aliases (separated by ;)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>quoted words (« … »)</source>
        <translation>quoted words (« … »)</translation>
    </message>
    <message>
        <source>reported speech (X said that …)</source>
        <translation>reported speech (X said that …)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>addition</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>demo dossier removed</source>
        <translation>demo dossier removed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/dialogs.py" line="68" />
        <source>Address (where it was found)</source>
        <translation>Address (where it was found)</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Other themes</translation>
    </message>
    <message>
        <source>themes separated by commas: energy, trade</source>
        <translation>themes separated by commas: energy, trade</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Edit record…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Remove the demo dossier…</source>
        <translation>&amp;Remove the demo dossier…</translation>
    </message>
    <message>
        <source>Edit {0} {1}</source>
        <translation>Edit {0} {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>New {0} in meeting {1}</source>
        <translation>New {0} in meeting {1}</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <source>Fill in the field “{0}”.</source>
        <translation>Fill in the field “{0}”.</translation>
    </message>
    <message>
        <source>Delete {0} {1}?</source>
        <translation>Delete {0} {1}?</translation>
    </message>
    <message>
        <source>With it: {0}.</source>
        <translation>With it: {0}.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>Only actors, meetings, items and statements can be merged.</source>
        <translation>Only actors, meetings, items and statements can be merged.</translation>
    </message>
    <message>
        <source>Merge {0} {1} into…</source>
        <translation>Merge {0} {1} into…</translation>
    </message>
    <message>
        <source>Merge {0} {1} into {0} {2}? Ctrl+Z undoes it.</source>
        <translation>Merge {0} {1} into {0} {2}? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation>Merge {0}</translation>
    </message>
    <message>
        <source>History of {0} {1}</source>
        <translation>History of {0} {1}</translation>
    </message>
    <message>
        <source>New {0} from passage</source>
        <translation>New {0} from passage</translation>
    </message>
    <message>
        <source>Remove the demo dossier</source>
        <translation>Remove the demo dossier</translation>
    </message>
    <message>
        <source>Remove the demo dossier's meetings, sources, notes and the actors only it names? Ctrl+Z puts it back.</source>
        <translation>Remove the demo dossier's meetings, sources, notes and the actors only it names? Ctrl+Z puts it back.</translation>
    </message>
    <message>
        <source>This record is no longer in the store; Ctrl+Z brings it back.</source>
        <translation>This record is no longer in the store; Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Merge these two</source>
        <translation>Merge these two</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Add participant…</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Add commitment…</translation>
    </message>
    <message>
        <source>Add principle…</source>
        <translation>Add principle…</translation>
    </message>
    <message>
        <source>Add next step…</source>
        <translation>Add next step…</translation>
    </message>
    <message>
        <source>Add statement…</source>
        <translation>Add statement…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>New commitment from selection</source>
        <translation>New commitment from selection</translation>
    </message>
    <message>
        <source>New principle from selection</source>
        <translation>New principle from selection</translation>
    </message>
    <message>
        <source>New next step from selection</source>
        <translation>New next step from selection</translation>
    </message>
    <message>
        <source>New statement from selection</source>
        <translation>New statement from selection</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Edit source…</translation>
    </message>
    <message>
        <source>Select or open a record first, then press the key again.</source>
        <translation>Select or open a record first, then press the key again.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Recorded changes</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>No change recorded: the record is as it was imported.</source>
        <translation>No change recorded: the record is as it was imported.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Records to merge into</source>
        <translation>Records to merge into</translation>
    </message>
    <message>
        <source>The record chosen is kept; the other's references, sources and notes move to it and it is deleted. Ctrl+Z undoes the merge.</source>
        <translation>The record chosen is kept; the other's references, sources and notes move to it and it is deleted. Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels; every change can be undone.</source>
        <translation>Ctrl+Enter saves, Esc cancels; every change can be undone.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Type 3/4/2025, 3 avril 2025, 2025-04-03, April 2025 or 2026</source>
        <translation>Type 3/4/2025, 3 avril 2025, 2025-04-03, April 2025 or 2026</translation>
    </message>
    <message>
        <source>Choose {0} in a calendar</source>
        <translation>Choose {0} in a calendar</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 3/4/2025, 3 avril 2025 or 2025-04-03 (day first), or a month or year alone.</source>
        <translation>“{0}” is not a date: type it as 3/4/2025, 3 avril 2025 or 2025-04-03 (day first), or a month or year alone.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Brief — {0}</source>
        <translation>Brief — {0}</translation>
    </message>
    <message>
        <source>Pages of the brief</source>
        <translation>Pages of the brief</translation>
    </message>
    <message>
        <source>Shown by Chancery (no PDF viewer answered): {0}</source>
        <translation>Shown by Chancery (no PDF viewer answered): {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" />
        <source>{file} was not imported: the helper process that reads documents stopped while reading it (the file may be damaged); the other files go on. Try it again, or save it as .txt and import that.</source>
        <translation>{file} was not imported: the helper process that reads documents stopped while reading it (the file may be damaged); the other files go on. Try it again, or save it as .txt and import that.</translation>
    </message>
    <message>
        <source>Imported {file}{noise} as a new meeting {meeting} “{title}”: {summary}.</source>
        <translation>Imported {file}{noise} as a new meeting {meeting} “{title}”: {summary}.</translation>
    </message>
    <message>
        <source>Imported {file}{noise} added to the existing meeting {meeting} “{title}”: {summary}.</source>
        <translation>Imported {file}{noise} added to the existing meeting {meeting} “{title}”: {summary}.</translation>
    </message>
    <message>
        <source>Imported {file} as source {source}, but found no meeting in it (no date, place or parties): its text is searchable.</source>
        <translation>Imported {file} as source {source}, but found no meeting in it (no date, place or parties): its text is searchable.</translation>
    </message>
    <message>
        <source>{file} is already in the store (source {source}, “{title}”): nothing was added.</source>
        <translation>{file} is already in the store (source {source}, “{title}”): nothing was added.</translation>
    </message>
    <message>
        <source> ({count} advertising or navigation lines left out)</source>
        <translation> ({count} advertising or navigation lines left out)</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nothing else</translation>
    </message>
    <message>
        <source>{summary}; review them under Review</source>
        <translation>{summary}; review them under Review</translation>
    </message>
    <message>
        <source>{file} could not be analysed ({error}).</source>
        <translation>{file} could not be analysed ({error}).</translation>
    </message>
    <message>
        <source>{file} holds almost no text once cleaned: there is nothing to import.</source>
        <translation>{file} holds almost no text once cleaned: there is nothing to import.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>{file} could not be read.</translation>
    </message>
    <message>
        <source>{file} was not imported: {error}.</source>
        <translation>{file} was not imported: {error}.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>{kind} {id} refers to a record the team store does not have; it stayed in the copy.</source>
        <translation>{kind} {id} refers to a record the team store does not have; it stayed in the copy.</translation>
    </message>
    <message>
        <source>{kind} {id}: {field} names a record that did not come back.</source>
        <translation>{kind} {id}: {field} names a record that did not come back.</translation>
    </message>
    <message>
        <source>{file} is too large to read in this computer&apos;s memory: import a shorter extract of it.</source>
        <translation>{file} is too large to read in this computer&apos;s memory: import a shorter extract of it.</translation>
    </message>
    <message>
        <source>{file} is damaged or malformed ({error}): open it in the program that made it, save it again and import that.</source>
        <translation>{file} is damaged or malformed ({error}): open it in the program that made it, save it again and import that.</translation>
    </message>
    <message>
        <source>{file} is longer than {limit}, the limit for one document: import the part you need as a shorter file.</source>
        <translation>{file} is longer than {limit}, the limit for one document: import the part you need as a shorter file.</translation>
    </message>
    <message>
        <source>{file}: Chancery imports {suffixes} files, not &apos;{suffix}&apos;.</source>
        <translation>{file}: Chancery imports {suffixes} files, not &apos;{suffix}&apos;.</translation>
    </message>
    <message>
        <source>{file}: Chancery imports {suffixes} files, not files with no suffix.</source>
        <translation>{file}: Chancery imports {suffixes} files, not files with no suffix.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({error}).</source>
        <translation>{file} cannot be opened ({error}).</translation>
    </message>
    <message>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} is a folder, not a document.</translation>
    </message>
    <message>
        <source>{file} is {size}, over the {limit} limit for one {suffix} document: import the article or communiqué on its own.</source>
        <translation>{file} is {size}, over the {limit} limit for one {suffix} document: import the article or communiqué on its own.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>{file} is empty: there is nothing to import.</source>
        <translation>{file} is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>{file} says it is {encoding} but byte {byte} is not: save it again as UTF-8 and import that.</source>
        <translation>{file} says it is {encoding} but byte {byte} is not: save it again as UTF-8 and import that.</translation>
    </message>
    <message>
        <source>{file} is {what}, not text: open it in the program that made it and save the text as .txt.</source>
        <translation>{file} is {what}, not text: open it in the program that made it and save the text as .txt.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (byte {byte} is broken): the file is damaged; save it again as UTF-8 and import that.</source>
        <translation>{file} is not valid UTF-8 (byte {byte} is broken): the file is damaged; save it again as UTF-8 and import that.</translation>
    </message>
    <message>
        <source>{file} is binary data, not text: save the text as .txt (UTF-8) and import that.</source>
        <translation>{file} is binary data, not text: save the text as .txt (UTF-8) and import that.</translation>
    </message>
    <message>
        <source>{file} has no article text (only scripts, menus or an empty page): save the article itself as text and import that.</source>
        <translation>{file} has no article text (only scripts, menus or an empty page): save the article itself as text and import that.</translation>
    </message>
    <message>
        <source>{file} is not {kind}: check the file and its suffix.</source>
        <translation>{file} is not {kind}: check the file and its suffix.</translation>
    </message>
    <message>
        <source>{file} is not {kind} (it is {what}): check the file and its suffix.</source>
        <translation>{file} is not {kind} (it is {what}): check the file and its suffix.</translation>
    </message>
    <message>
        <source>{file} is an encrypted PDF: save an unprotected copy and import that.</source>
        <translation>{file} is an encrypted PDF: save an unprotected copy and import that.</translation>
    </message>
    <message>
        <source>{file} is a damaged PDF ({error}): export it again.</source>
        <translation>{file} is a damaged PDF ({error}): export it again.</translation>
    </message>
    <message>
        <source>{file} has no text layer (a scanned image?): Chancery does no OCR; import a text version of the document.</source>
        <translation>{file} has no text layer (a scanned image?): Chancery does no OCR; import a text version of the document.</translation>
    </message>
    <message>
        <source>{file} is a damaged or incomplete Word file: open it in Word, save it again and import that.</source>
        <translation>{file} is a damaged or incomplete Word file: open it in Word, save it again and import that.</translation>
    </message>
    <message>
        <source>{file} is an empty Word document: there is nothing to import.</source>
        <translation>{file} is an empty Word document: there is nothing to import.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size}, over the {limit} limit for one Word document: save the part you need as a shorter document.</source>
        <translation>{file} unpacks to {size}, over the {limit} limit for one Word document: save the part you need as a shorter document.</translation>
    </message>
    <message>
        <source>{file} holds a part that unpacks to {times} times its size (over {limit} times, a sign of a malicious file): it was not opened; ask its sender for the text itself.</source>
        <translation>{file} holds a part that unpacks to {times} times its size (over {limit} times, a sign of a malicious file): it was not opened; ask its sender for the text itself.</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <source>{n} commitments</source>
        <translation>{n} commitments</translation>
    </message>
    <message>
        <source>{n} commitment</source>
        <translation>{n} commitment</translation>
    </message>
    <message>
        <source>{n} principles</source>
        <translation>{n} principles</translation>
    </message>
    <message>
        <source>{n} principle</source>
        <translation>{n} principle</translation>
    </message>
    <message>
        <source>{n} next steps</source>
        <translation>{n} next steps</translation>
    </message>
    <message>
        <source>{n} next step</source>
        <translation>{n} next step</translation>
    </message>
    <message>
        <source>{n} statements</source>
        <translation>{n} statements</translation>
    </message>
    <message>
        <source>{n} statement</source>
        <translation>{n} statement</translation>
    </message>
    <message>
        <source>{n} corroborations</source>
        <translation>{n} corroborations</translation>
    </message>
    <message>
        <source>{n} corroboration</source>
        <translation>{n} corroboration</translation>
    </message>
    <message>
        <source>{n} probable duplicates</source>
        <translation>{n} probable duplicates</translation>
    </message>
    <message>
        <source>{n} probable duplicate</source>
        <translation>{n} probable duplicate</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>optional: why the status changes</source>
        <translation>optional: why the status changes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>Re&amp;name tag…</source>
        <translation>Re&amp;name tag…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Mer&amp;ge into…</translation>
    </message>
    <message>
        <source>Rename tag #{0}</source>
        <translation>Rename tag #{0}</translation>
    </message>
    <message>
        <source>Merge tags into #{0}</source>
        <translation>Merge tags into #{0}</translation>
    </message>
    <message>
        <source>Select a tag in the list first.</source>
        <translation>Select a tag in the list first.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <source>New name of #{0}:</source>
        <translation>New name of #{0}:</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <source>Put this tag instead of #{0} on its notes (an existing tag or a new one):</source>
        <translation>Put this tag instead of #{0} on its notes (an existing tag or a new one):</translation>
    </message>
</context>
<context>
    <name>TagNoteListModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="19" />
        <source>“{raw}” names no record: write KIND:ID, KIND being one of {choices}.</source>
        <translation>“{raw}” names no record: write KIND:ID, KIND being one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="22" />
        <source>“{raw}” is not a field of a {kind}; its fields are: {choices}.</source>
        <translation>“{raw}” is not a field of a {kind}; its fields are: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="25" />
        <source>“{raw}” is not a date ({field}): write it 2025-03-04, 2025-03 or 2025.</source>
        <translation>“{raw}” is not a date ({field}): write it 2025-03-04, 2025-03 or 2025.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="28" />
        <source>There is no actor {raw} for the field “{field}”.</source>
        <translation>There is no actor {raw} for the field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="31" />
        <source>No actor is called “{raw}” (field “{field}”): give its exact name, an alias or actor:ID.</source>
        <translation>No actor is called “{raw}” (field “{field}”): give its exact name, an alias or actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="36" />
        <source>“{raw}” (field “{field}”) names several actors ({choices}): give actor:ID.</source>
        <translation>“{raw}” (field “{field}”) names several actors ({choices}): give actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="40" />
        <source>The field “{field}” of a {kind} cannot be empty.</source>
        <translation>The field “{field}” of a {kind} cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="43" />
        <source>“{raw}” is not allowed in the field “{field}”; use one of: {choices}.</source>
        <translation>“{raw}” is not allowed in the field “{field}”; use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="46" />
        <source>The field “{field}” of a {kind} is a whole number, not “{raw}”.</source>
        <translation>The field “{field}” of a {kind} is a whole number, not “{raw}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="49" />
        <source>“{raw}” is not a country: write its two-letter code (ML, FR, RU…).</source>
        <translation>“{raw}” is not a country: write its two-letter code (ML, FR, RU…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="52" />
        <source>A party is a state or an organisation; add a person as a participant.</source>
        <translation>A party is a state or an organisation; add a person as a participant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="55" />
        <source>The passage is not in the source&apos;s text: select it again.</source>
        <translation>The passage is not in the source&apos;s text: select it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="58" />
        <source>A new {kind} needs its text: type it, or select a passage.</source>
        <translation>A new {kind} needs its text: type it, or select a passage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="61" />
        <source>A participant needs a person: give a name or actor:ID.</source>
        <translation>A participant needs a person: give a name or actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="64" />
        <source>Source {id} is attached to no meeting: attach it to one before adding records from it.</source>
        <translation>Source {id} is attached to no meeting: attach it to one before adding records from it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="69" />
        <source>A compliance score is -1, 0 or +1 (or none).</source>
        <translation>A compliance score is -1, 0 or +1 (or none).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="72" />
        <source>Two records of this kind ({kind}) cannot be merged.</source>
        <translation>Two records of this kind ({kind}) cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="75" />
        <source>Merging {kind} {id} with itself changes nothing: choose another.</source>
        <translation>Merging {kind} {id} with itself changes nothing: choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="78" />
        <source>Items {id} and {other} belong to different meetings: only two items of one meeting can be merged.</source>
        <translation>Items {id} and {other} belong to different meetings: only two items of one meeting can be merged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="83" />
        <source>Statements {id} and {other} are by different speakers: correct the speaker first.</source>
        <translation>Statements {id} and {other} are by different speakers: correct the speaker first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="87" />
        <source>The demo dossier is not in this store: there is nothing to remove.</source>
        <translation>The demo dossier is not in this store: there is nothing to remove.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="90" />
        <source>Change {id} is already undone.</source>
        <translation>Change {id} is already undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="93" />
        <source>Change {id} is not undone: there is nothing to redo.</source>
        <translation>Change {id} is not undone: there is nothing to redo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="96" />
        <source>Change {id} cannot be undone: {kind} {other} was changed since; undo the later changes first.</source>
        <translation>Change {id} cannot be undone: {kind} {other} was changed since; undo the later changes first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="101" />
        <source>Change {id} cannot be redone: {kind} {other} was changed since; undo the later changes first.</source>
        <translation>Change {id} cannot be redone: {kind} {other} was changed since; undo the later changes first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="49" />
        <source>“{raw}” is not a day: write the publication date 2025-04-03.</source>
        <translation>“{raw}” is not a day: write the publication date 2025-04-03.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="52" />
        <source>“{raw}” is not an address: write the whole address, starting with https://.</source>
        <translation>“{raw}” is not an address: write the whole address, starting with https://.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refresh.py" line="85" />
        <source>Updated: %n change(s) by others</source>
        <translation><numerusform>Updated: %n change by others</numerusform><numerusform>Updated: %n changes by others</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="90" />
        <source>Compliance score</source>
        <translation>Compliance score</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="104" />
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="108" />
        <source>Another analyst changed {0} after you opened it. Your change is not saved yet: keep their version, or apply yours over it.</source>
        <translation>Another analyst changed {0} after you opened it. Your change is not saved yet: keep their version, or apply yours over it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>Now (theirs)</source>
        <translation>Now (theirs)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="117" />
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="119" />
        <source>Their values and yours</source>
        <translation>Their values and yours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="140" />
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="141" />
        <source>&amp;Apply mine</source>
        <translation>&amp;Apply mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="142" />
        <source>Discard your change; the views show theirs.</source>
        <translation>Discard your change; the views show theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="144" />
        <source>Save your values over theirs (they stay in the record&apos;s history).</source>
        <translation>Save your values over theirs (they stay in the record's history).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="220" />
        <source>Kept the other analyst&apos;s version.</source>
        <translation>Kept the other analyst's version.</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="40" />
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="122" />
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="43" />
        <source>A store &amp;file on this computer</source>
        <translation>A store &amp;file on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="44" />
        <source>A &amp;team store on a PostgreSQL server</source>
        <translation>A &amp;team store on a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="49" />
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="51" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="53" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="56" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="58" />
        <source>from ~/.pgpass if left empty</source>
        <translation>from ~/.pgpass if left empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="61" />
        <source>TLS and a client certificate are parameters of the address: ?sslmode=verify-full&amp;sslrootcert=…&amp;sslcert=…&amp;sslkey=…. The password is never shown nor kept.</source>
        <translation>TLS and a client certificate are parameters of the address: ?sslmode=verify-full&amp;sslrootcert=…&amp;sslcert=…&amp;sslkey=…. The password is never shown nor kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="78" />
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="79" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="124" />
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Chancery stores (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="135" />
        <source>Choose the store&apos;s file, or type its path.</source>
        <translation>Choose the store's file, or type its path.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="138" />
        <source>{0} is not a file: choose a store that exists, or make one with File ▸ New store.</source>
        <translation>{0} is not a file: choose a store that exists, or make one with File ▸ New store.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="144" />
        <source>Type the server&apos;s address, such as {0}.</source>
        <translation>Type the server's address, such as {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="150" />
        <source>This is not an address Chancery can open: write it as postgresql+psycopg://user@host/database (psycopg 3, with the database&apos;s name).</source>
        <translation>This is not an address Chancery can open: write it as postgresql+psycopg://user@host/database (psycopg 3, with the database's name).</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n conflict(s): records edited or deleted in the copy and changed here meanwhile; both versions are kept until you choose.</source>
        <translation><numerusform>%n conflict: a record edited or deleted in the copy and changed here meanwhile; both versions are kept until you choose.</numerusform><numerusform>%n conflicts: records edited or deleted in the copy and changed here meanwhile; both versions are kept until you choose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) deleted, as in the copy.</source>
        <translation><numerusform>%n record deleted, as in the copy.</numerusform><numerusform>%n records deleted, as in the copy.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back {0}</source>
        <translation>Bring back {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Resolve conflicts…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bringing back {0}…</source>
        <translation>Bringing back {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Nothing new: everything in this copy is already in the store.</source>
        <translation>Nothing new: everything in this copy is already in the store.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) added</source>
        <translation><numerusform>%n record added</numerusform><numerusform>%n records added</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) edited.</source>
        <translation><numerusform>%n record edited.</numerusform><numerusform>%n records edited.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Edit ▸ Undo takes it all back.</source>
        <translation>Edit ▸ Undo takes it all back.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline conflicts</source>
        <translation>Offline conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Yours (offline)</source>
        <translation>Yours (offline)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Theirs (team store)</source>
        <translation>Theirs (team store)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>No conflicts wait for a choice.</source>
        <translation>No conflicts wait for a choice.</translation>
    </message>
</context>
<context>
    <name>OfflineMenu</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Take dossier &amp;offline…</source>
        <translation>Take dossier &amp;offline…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>&amp;Bring back…</source>
        <translation>&amp;Bring back…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline &amp;conflicts…</source>
        <translation>Offline &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back an offline copy</source>
        <translation>Bring back an offline copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Chancery stores (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Passphrase of {0}:</source>
        <translation>Passphrase of {0}:</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Take dossier offline</source>
        <translation>Take dossier offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Copies the meetings, with their sources, items, actors, notes and tags, into a new store to work on while away; File ▸ Bring back… merges your work into this store.</source>
        <translation>Copies the meetings, with their sources, items, actors, notes and tags, into a new store to work on while away; File ▸ Bring back… merges your work into this store.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The %n selected meeting(s)</source>
        <translation><numerusform>The selected meeting</numerusform><numerusform>The %n selected meetings</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The meetings found by a search:</source>
        <translation>The meetings found by a search:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>words to search for</source>
        <translation>words to search for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Encrypt the copy with a passphrase</source>
        <translation>Encrypt the copy with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>New file:</source>
        <translation>New file:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline copy</source>
        <translation>Offline copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Chancery stores (*.db)</source>
        <translation>Chancery stores (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type the words of the search, or choose the selected meetings.</source>
        <translation>Type the words of the search, or choose the selected meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose the new file the copy goes to.</source>
        <translation>Choose the new file the copy goes to.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} already exists: choose a new file.</source>
        <translation>{0} already exists: choose a new file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type the passphrase of the copy.</source>
        <translation>Type the passphrase of the copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The two passphrases differ: type them again.</source>
        <translation>The two passphrases differ: type them again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The search finds no meeting; nothing was copied.</source>
        <translation>The search finds no meeting; nothing was copied.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n meeting(s) copied to {0}.</source>
        <translation><numerusform>%n meeting copied to {0}.</numerusform><numerusform>%n meetings copied to {0}.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineMessages</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{path} already exists; choose a new file for the offline copy.</source>
        <translation>{path} already exists; choose a new file for the offline copy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>The folder {folder} does not exist; create it or choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose at least one meeting to take offline.</source>
        <translation>Choose at least one meeting to take offline.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{file} is not a dossier taken offline (Take dossier offline… makes one).</source>
        <translation>{file} is not a dossier taken offline (Take dossier offline… makes one).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>There is no offline copy at {file}.</source>
        <translation>There is no offline copy at {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{file} was taken offline from another store ({store}); bring it back there.</source>
        <translation>{file} was taken offline from another store ({store}); bring it back there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Conflict {id} is already resolved.</source>
        <translation>Conflict {id} is already resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{kind} {id} was deleted from the team store; undo that deletion first, or keep theirs.</source>
        <translation>{kind} {id} was deleted from the team store; undo that deletion first, or keep theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{kind} {id} changed again since this conflict was found; look at it again, then choose.</source>
        <translation>{kind} {id} changed again since this conflict was found; look at it again, then choose.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>note being written {0}</source>
        <translation>note being written {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>alias {0}</source>
        <translation>alias {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>item source {0}</source>
        <translation>item source {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a source of meeting {0}</source>
        <translation>a source of meeting {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a party of commitment {0}</source>
        <translation>a party of commitment {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>earlier text {0}</source>
        <translation>earlier text {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a tag of note {0}</source>
        <translation>a tag of note {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>status change {0}</source>
        <translation>status change {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Deleted offline, changed here</source>
        <translation>Deleted offline, changed here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} changed here</source>
        <translation>{0} changed here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} added here</source>
        <translation>{0} added here</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>
