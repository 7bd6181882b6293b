<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="82" />
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="102" />
        <source>The automatic backup failed: your work is saved in the store but has no recent backup. Free some disk space or check the backups folder, then take one with Backups… ({reason})</source>
        <translation>La sauvegarde automatique a échoué : votre travail est enregistré dans la base mais n’a pas de sauvegarde récente. Libérez de l’espace disque ou vérifiez le dossier des sauvegardes, puis faites-en une avec Sauvegardes… ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="108" />
        <source>The backup taken as Chancery closed failed: your work is saved in the store but has no recent backup; take one with Backups… ({reason})</source>
        <translation>La sauvegarde faite à la fermeture de Chancery a échoué : votre travail est enregistré dans la base mais n’a pas de sauvegarde récente ; faites-en une avec Sauvegardes… ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="113" />
        <source>The store&apos;s check after opening could not run; run `chancery check` once Chancery is closed. ({reason})</source>
        <translation>La vérification de la base après son ouverture n’a pas pu se faire ; lancez `chancery check` une fois Chancery fermé. ({reason})</translation>
    </message>
</context>
<context>
    <name>ActorListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="117" />
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="124" />
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="125" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="126" />
        <source>person</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="190" />
        <source>Chancery could not start: {0}</source>
        <translation>Chancery n'a pas pu démarrer : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="51" />
        <source>Chancery cannot open the store</source>
        <translation>Chancery ne peut pas ouvrir la base</translation>
    </message>
    <message>
        <source>Interface language changed.</source>
        <translation>Langue de l’interface changée.</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>{0} ouverte.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="52" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="57" />
        <source>Backups of {name}, kept in {folder}. Chancery backs up after changes (at most every {minutes} minutes), when it closes, before an upgrade and before a restore; it keeps the last {last}, one a day for {days} days and one a week for {weeks} weeks.</source>
        <translation>Sauvegardes de {name}, conservées dans {folder}. Chancery sauvegarde après des modifications (au plus toutes les {minutes} minutes), à la fermeture, avant une mise à niveau et avant une restauration ; il garde les {last} dernières, une par jour pendant {days} jours et une par semaine pendant {weeks} semaines.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="73" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="89" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="90" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="91" />
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="108" />
        <source>after changes</source>
        <translation>après des modifications</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="109" />
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="110" />
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="111" />
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="112" />
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="125" />
        <source>No backups yet: “Back up now” takes the first.</source>
        <translation>Aucune sauvegarde pour l'instant : « Sauvegarder maintenant » crée la première.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="143" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="149" />
        <source>Backed up and checked: {name}.</source>
        <translation>Sauvegardée et vérifiée : {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="160" />
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="162" />
        <source>Replace everything in {name} with the backup from {when}? What was written since then will be replaced. The store as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>Remplacer tout le contenu de {name} par la sauvegarde du {when} ? Ce qui a été écrit depuis sera remplacé. La base dans son état actuel est d'abord sauvegardée : vous pourrez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="177" />
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="190" />
        <source>Restored the backup from {when}.</source>
        <translation>Sauvegarde du {when} restaurée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="193" />
        <source>The store as it was just before is kept: it is the backup “before a restore” at the top of the list.</source>
        <translation>La base telle qu'elle était juste avant est conservée : c'est la sauvegarde « avant une restauration » en haut de la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="221" />
        <source>The store was damaged</source>
        <translation>La base était endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backups_dialog.py" line="222" />
        <source>Restore the backup from {when} now?</source>
        <translation>Restaurer maintenant la sauvegarde du {when} ?</translation>
    </message>
</context>
<context>
    <name>BriefComposer</name>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="56" />
        <source>Export brief</source>
        <translation>Exporter une note de synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="87" />
        <source>What the reader must know or decide</source>
        <translation>Ce que le lecteur doit savoir ou décider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="93" />
        <source>none (not written in the file)</source>
        <translation>aucun (non inscrit dans le fichier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="95" />
        <source>Highest level contained</source>
        <translation>Niveau le plus élevé du contenu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="101" />
        <source>Mark every page DRAFT / PROJET</source>
        <translation>Marquer chaque page DRAFT / PROJET</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="103" />
        <source>One talking point per line</source>
        <translation>Un élément de langage par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="110" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="111" />
        <source>P&amp;urpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="112" />
        <source>&amp;Audience</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="113" />
        <source>Prepared &amp;for</source>
        <translation>Préparée &amp;pour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="114" />
        <source>Prepared &amp;by</source>
        <translation>Préparée p&amp;ar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="115" />
        <source>&amp;Classification</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="116" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="118" />
        <source>Talking &amp;points</source>
        <translation>Éléments de &amp;langage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="119" />
        <source>Reader's &amp;notes</source>
        <translation>&amp;Notes du lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="120" />
        <source>Author (PDF)</source>
        <translation>Auteur (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="128" />
        <location filename="../../desktop_app/ui/briefs/composer.py" line="311" />
        <source>Building the preview…</source>
        <translation>Préparation de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="152" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="153" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="155" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="245" />
        <source>The note cannot be made as it is set:</source>
        <translation>La note ne peut pas être produite ainsi :</translation>
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
        <translation>Enregistrer la note en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="369" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="392" />
        <source>Saved {0} to {1}</source>
        <translation>{0} enregistrée dans {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="350" />
        <source>{0} ({1}) in “{2}” has no glyph in the note&apos;s fonts: it prints as �.</source>
        <translation>{0} ({1}) dans « {2} » n&apos;a pas de glyphe dans les polices de la note : il s&apos;imprime �.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="404" />
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/composer.py" line="404" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Add a “Decision requested” section</source>
        <translation>Ajouter une section « Décision demandée »</translation>
    </message>
    <message>
        <source>The decision the reader is asked to take</source>
        <translation>La décision que le lecteur doit prendre</translation>
    </message>
    <message>
        <source>End with an approval block to sign</source>
        <translation>Terminer par un bloc d’approbation à signer</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="52" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="53" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="54" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="55" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="64" />
        <source>No briefs yet: select meetings and press Ctrl+E to compose one.</source>
        <translation>Aucune note de synthèse pour l'instant : sélectionnez des réunions et appuyez sur Ctrl+E pour en composer une.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="66" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="67" />
        <source>&amp;What changed</source>
        <translation>&amp;Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="68" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="108" />
        <source>Briefs</source>
        <translation>Notes de synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="169" />
        <source>Open brief</source>
        <translation>Ouvrir la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="186" />
        <source>Since brief {0} of {1}:</source>
        <translation>Depuis la note {0} du {1} :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="190" />
        <source>• New meeting: {0}</source>
        <translation>• Nouvelle réunion : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="191" />
        <source>• New commitment: {0}</source>
        <translation>• Nouvel engagement : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="193" />
        <source>• Status changed: {0} ({1} → {2})</source>
        <translation>• Statut modifié : {0} ({1} → {2})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="197" />
        <source>Nothing has changed.</source>
        <translation>Rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/briefs/panel.py" line="200" />
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>No PDF viewer opened {0}, and Chancery cannot show it: {1}</source>
        <translation>Aucune visionneuse PDF n’a ouvert {0}, et Chancery ne peut pas l’afficher : {1}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>to check: {0}</source>
        <translation>à vérifier : {0}</translation>
    </message>
    <message>
        <source>date inferred from a weekday and the publication date</source>
        <translation>date déduite d’un jour de la semaine et de la date de publication</translation>
    </message>
    <message>
        <source>date&apos;s year taken from the publication date</source>
        <translation>année de la date prise à la date de publication</translation>
    </message>
    <message>
        <source>no meeting date in the text: the publication date is used</source>
        <translation>aucune date de rencontre dans le texte : la date de publication est utilisée</translation>
    </message>
    <message>
        <source>date&apos;s year inferred from its weekday and the years the text names</source>
        <translation>année de la date déduite de son jour de la semaine et des années que nomme le texte</translation>
    </message>
    <message>
        <source>date&apos;s year taken from the only year the text names</source>
        <translation>année de la date prise à la seule année que nomme le texte</translation>
    </message>
    <message>
        <source>date of a dateline filed in another city: the meeting may be a day earlier</source>
        <translation>date d’une dépêche datée d’une autre ville : la rencontre peut avoir eu lieu la veille</translation>
    </message>
    <message>
        <source>probably the same meeting as #{0} ({1})</source>
        <translation>probablement la même rencontre que n° {0} ({1})</translation>
    </message>
    <message>
        <source>session numbers differ</source>
        <translation>numéros de session différents</translation>
    </message>
    <message>
        <source>a date is missing</source>
        <translation>une date manque</translation>
    </message>
    <message>
        <source>few parties in common</source>
        <translation>peu de parties en commun</translation>
    </message>
    <message>
        <source>place unknown and date only near</source>
        <translation>lieu inconnu et date seulement proche</translation>
    </message>
    <message>
        <source>one party only</source>
        <translation>une seule partie</translation>
    </message>
    <message>
        <source>party named only once: {0}</source>
        <translation>partie nommée une seule fois : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Candidate</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Detail</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="39" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="57" />
        <source>probably the same as #{0}: {1}</source>
        <translation>probablement le même que n° {0} : {1}</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation>orateur inconnu</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="59" />
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="60" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="61" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="62" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="63" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="64" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="65" />
        <source>Score</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/commitments.py" line="66" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Commitment, principle or next step (its kind in brackets)</source>
        <translation>Engagement, principe ou prochaine étape (son type entre crochets)</translation>
    </message>
    <message>
        <source>Meeting where it was made</source>
        <translation>Réunion où il a été pris</translation>
    </message>
    <message>
        <source>Theme, then its other themes</source>
        <translation>Thème, puis ses autres thèmes</translation>
    </message>
    <message>
        <source>Parties committed</source>
        <translation>Parties engagées</translation>
    </message>
    <message>
        <source>Due date: red when overdue, amber when due within 30 days</source>
        <translation>Échéance : en rouge si elle est dépassée, en orange si elle tombe dans les 30 jours</translation>
    </message>
    <message>
        <source>Compliance score: −1 not complied, 0 partly, +1 complied</source>
        <translation>Note de conformité : −1 non respecté, 0 en partie, +1 respecté</translation>
    </message>
    <message>
        <source>Evidence of what was done</source>
        <translation>Éléments de preuve de ce qui a été fait</translation>
    </message>
</context>
<context>
    <name>CommitmentsTracker</name>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" />
        <source>No commitment matches these filters and due dates. An imported document adds its commitments, principles and next steps here (File ▸ Import, Ctrl+I).</source>
        <translation>Aucun engagement ne correspond à ces filtres et échéances. Un document importé ajoute ici ses engagements, principes et prochaines étapes (Fichier ▸ Importer, Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="91" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="114" />
        <source>Statuses by theme</source>
        <translation>Statuts par thème</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="115" />
        <source>Statuses by partner</source>
        <translation>Statuts par partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="116" />
        <source>Group the chart by</source>
        <translation>Regrouper le graphique par</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="119" />
        <source>Rows in red are overdue, in amber due within 30 days. Double-click a status, score, evidence or due date to change it (Ctrl+Z undoes).</source>
        <translation>En rouge : en retard ; en orange : échéance dans moins de 30 jours. Double-cliquez sur un statut, une note, des éléments de preuve ou une échéance pour les modifier (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>Due from date</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <source>Due to date</source>
        <translation>Échéance jusqu’au</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Échéance du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Changer le s&amp;tatut…</translation>
    </message>
    <message>
        <source>Change the selected commitment&apos;s status, saying why</source>
        <translation>Changer le statut de l’engagement sélectionné, en disant pourquoi</translation>
    </message>
    <message>
        <source>Select a commitment first, then change its status.</source>
        <translation>Sélectionnez d’abord un engagement, puis changez son statut.</translation>
    </message>
</context>
<context>
    <name>ConversionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="286" />
        <source>encryption</source>
        <translation>Le chiffrement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="287" />
        <source>change of passphrase</source>
        <translation>Le changement de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="288" />
        <source>decryption</source>
        <translation>Le déchiffrement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="293" />
        <source>Interrupted change of the store</source>
        <translation>Modification de la base interrompue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="296" />
        <source>The {what} of {name} started {when} was interrupted. Finish it, or undo it, with the same passphrase as then; until then the store cannot be opened.</source>
        <translation>{what} de {name}, commencé le {when}, a été interrompu. Terminez-le ou annulez-le, avec la même phrase secrète qu&apos;alors ; d&apos;ici là, la base ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="303" />
        <source>Finish it</source>
        <translation>Le terminer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="306" />
        <source>Undo it</source>
        <translation>L&apos;annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="330" />
        <source>That is not the passphrase the interrupted change was started with; type that one.</source>
        <translation>Ce n&apos;est pas la phrase secrète avec laquelle la modification interrompue a commencé ; tapez celle-là.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="341" />
        <source>Type the passphrase that was chosen to encrypt {name}.</source>
        <translation>Tapez la phrase secrète choisie pour chiffrer {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="344" />
        <source>Type the current passphrase of {name}, then the new one that was chosen, twice.</source>
        <translation>Tapez la phrase secrète actuelle de {name}, puis deux fois la nouvelle qui avait été choisie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="348" />
        <source>Type the passphrase of {name}.</source>
        <translation>Tapez la phrase secrète de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="357" />
        <source>Undo the interrupted change</source>
        <translation>Annuler la modification interrompue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="359" />
        <source>Finish the change</source>
        <translation>Terminer la modification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="361" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="363" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="371" />
        <source>The change is not finished</source>
        <translation>La modification n&apos;est pas terminée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="379" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="388" />
        <source>{name} was converted, but some of its files were not (listed below).</source>
        <translation>{name} a été convertie, mais pas certains de ses fichiers (listés ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="393" />
        <source>The interrupted change was undone: {name} is as it was before.</source>
        <translation>La modification interrompue a été annulée : {name} est comme avant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="397" />
        <source>{name} is encrypted, and so are its backups.</source>
        <translation>{name} est chiffrée, ainsi que ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="401" />
        <source>{name} is decrypted, and so are its backups.</source>
        <translation>{name} est déchiffrée, ainsi que ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="406" />
        <source>Records: {n}. Backups converted: {m}.</source>
        <translation>Enregistrements : {n}. Sauvegardes converties : {m}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="413" />
        <source>Sealed under the passphrase, as they could not be converted:</source>
        <translation>Scellés sous la phrase secrète, faute de pouvoir être convertis :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="417" />
        <source>Unsealed, back as they were:</source>
        <translation>Descellés, rendus tels qu&apos;ils étaient :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="420" />
        <source>Leftovers overwritten, then deleted:</source>
        <translation>Restes écrasés, puis supprimés :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="424" />
        <source>Not converted (damaged, or under another passphrase), left as they are:</source>
        <translation>Non convertis (endommagés, ou sous une autre phrase secrète), laissés tels quels :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="430" />
        <source>Not Chancery&apos;s, left alone in the backups folder:</source>
        <translation>Fichiers étrangers à Chancery, laissés tels quels dans le dossier des sauvegardes :</translation>
    </message>
</context>
<context>
    <name>DeferredStoreCheck</name>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="74" />
        <source>The store was damaged</source>
        <translation>La base était endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="85" />
        <source>Chancery found the store damaged but could not move it aside ({error}); close Chancery and restore a backup with `chancery restore latest`.</source>
        <translation>Chancery a trouvé la base endommagée mais n'a pas pu la mettre de côté ({error}) ; fermez Chancery et restaurez une sauvegarde avec `chancery restore latest`.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="105" />
        <source>The damaged store was set aside as {name} and its backup restored.</source>
        <translation>La base endommagée a été mise de côté sous le nom {name} et sa sauvegarde restaurée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/store_check.py" line="107" />
        <source>The damaged store was set aside as {name}; this store is a new one.</source>
        <translation>La base endommagée a été mise de côté sous le nom {name} ; celle-ci est une nouvelle base.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="42" />
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="43" />
        <source>Themes:</source>
        <translation>Thèmes :</translation>
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
        <translation>chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="47" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="48" />
        <source>Evidence:</source>
        <translation>Éléments de preuve :</translation>
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
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="52" />
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="71" />
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="92" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="104" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="109" />
        <source>Place</source>
        <translation>Lieu</translation>
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
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="119" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="152" />
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="153" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="208" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="210" />
        <source>Belongs to</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="213" />
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="214" />
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="229" />
        <source>To review: {0}</source>
        <translation>À valider : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="232" />
        <source>A accepts, E edits, R rejects; the passage it came from is shown below.</source>
        <translation>A accepte, E modifie, R rejette ; le passage d'origine s'affiche en dessous.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_html.py" line="108" />
        <source>{0} sources</source>
        <translation>{0} sources</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>reason: {0}</source>
        <translation>raison : {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="42" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="46" />
        <source>Source passage</source>
        <translation>Passage source</translation>
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
        <translation>Sélectionnez une réunion, un engagement ou un résultat de recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="217" />
        <source>Notes ({0})</source>
        <translation>Notes ({0})</translation>
    </message>
    <message>
        <source>Ctrl+Down / Ctrl+Up: next / previous link; Enter opens it</source>
        <translation>Ctrl+Bas / Ctrl+Haut : lien suivant / précédent ; Entrée l’ouvre</translation>
    </message>
    <message>
        <source>The item in view is hidden by the filters, or no longer exists.</source>
        <translation>L’élément affiché est masqué par les filtres, ou n’existe plus.</translation>
    </message>
    <message>
        <source>Reviewed: this item has left the review queue.</source>
        <translation>Validé : cet élément a quitté la file de validation.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="105" />
        <source>&lt;h2&gt;Your store is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre base est vide&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="108" />
        <source>Import a communiqué, an article or a note (Ctrl+I, or drop files on the window), or load the demo dossier to see how Chancery works.</source>
        <translation>Importez un communiqué, un article ou une note (Ctrl+I, ou déposez des fichiers sur la fenêtre), ou chargez le dossier de démonstration pour découvrir Chancery.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="114" />
        <source>Import documents…</source>
        <translation>Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="115" />
        <source>Load the demo dossier</source>
        <translation>Charger le dossier de démonstration</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="49" />
        <location filename="../../desktop_app/ui/facets.py" line="50" />
        <source>Actor or country</source>
        <translation>Acteur ou pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="53" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="55" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="59" />
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="61" />
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="64" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="77" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="79" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="98" />
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/facets.py" line="110" />
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Meetings from date</source>
        <translation>Réunions à partir du</translation>
    </message>
    <message>
        <source>Meetings to date</source>
        <translation>Réunions jusqu’au</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="89" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="91" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Import de %n fichier…</numerusform><numerusform>Import de %n fichiers…</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="94" />
        <source>Import progress</source>
        <translation>Progression de l'import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="262" />
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="264" />
        <source>Stopped before it was imported: nothing of it was saved.</source>
        <translation>Arrêté avant d'être importé : rien n'en a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="101" />
        <source>Files and their results</source>
        <translation>Fichiers et résultats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="104" />
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="138" />
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="139" />
        <source>already in the store</source>
        <translation>déjà dans la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="140" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="145" />
        <source>Reading {0} ({1} of {2})…</source>
        <translation>Lecture de {0} ({1} sur {2})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="146" />
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="169" />
        <source>Done: %n file(s) imported; new items wait in the review queue.</source>
        <translation><numerusform>Terminé : %n fichier importé ; les nouveaux éléments attendent dans la file de validation.</numerusform><numerusform>Terminé : %n fichiers importés ; les nouveaux éléments attendent dans la file de validation.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="179" />
        <source>Stopping: the file being read is not imported…</source>
        <translation>Arrêt : le fichier en cours de lecture n'est pas importé…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="293" />
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="293" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="313" />
        <source>Publication date and address</source>
        <translation>Date de publication et adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="316" />
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="317" />
        <source>e.g. 3/4/2025</source>
        <translation>ex. 3/4/2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="320" />
        <source>not found: paste it, https://…</source>
        <translation>introuvable : collez-la, https://…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="322" />
        <source>&amp;Use what the file says</source>
        <translation>&amp;Reprendre ce que dit le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="324" />
        <source>Forget the date and address you set for the selected documents</source>
        <translation>Oublier la date et l’adresse que vous avez données aux documents sélectionnés</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="329" />
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="332" />
        <source>&amp;Publication date:</source>
        <translation>Date de &amp;publication :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="334" />
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="348" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="371" />
        <source>Check when each document was published and where it was found, then press Import. Dates such as “on Thursday” are read from the publication date; what you set wins over what the file says.</source>
        <translation>Vérifiez quand chaque document a été publié et où il a été trouvé, puis appuyez sur Importer. Les dates comme « jeudi » se lisent à partir de la date de publication ; ce que vous indiquez l’emporte sur ce que dit le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="379" />
        <source>No document to import: choose .txt, .md, .html, .pdf or .docx files.</source>
        <translation>Aucun document à importer : choisissez des fichiers .txt, .md, .html, .pdf ou .docx.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="436" />
        <source>set by you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="437" />
        <source>from the file</source>
        <translation>du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="447" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="476" />
        <source>Select a document to set its publication date and address.</source>
        <translation>Sélectionnez un document pour indiquer sa date de publication et son adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="480" />
        <source>{0}: what you set here wins over what the file says.</source>
        <translation>{0} : ce que vous indiquez ici l’emporte sur ce que dit le fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/import_dialog.py" line="487" />
        <source>%n documents selected: the date you set applies to each; an address names one document, select it alone to set it.</source>
        <translation><numerusform>%n document sélectionné : la date que vous indiquez vaut pour lui ; une adresse désigne un seul document, sélectionnez-le seul pour l’indiquer.</numerusform><numerusform>%n documents sélectionnés : la date que vous indiquez vaut pour chacun ; une adresse désigne un seul document, sélectionnez-le seul pour l’indiquer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="515" />
        <source>“{0}” is not one day: type the day the document was published, as 3/4/2025 or 3 avril 2025.</source>
        <translation>« {0} » n’est pas un jour : saisissez le jour où le document a été publié, comme 3/4/2025 ou 3 avril 2025.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="536" />
        <source>“{0}” is not an address: paste the whole address of the document, starting with https:// or http://.</source>
        <translation>« {0} » n’est pas une adresse : collez l’adresse entière du document, commençant par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26" />
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28" />
        <source>fulfilled</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29" />
        <source>lapsed</source>
        <translation>caduc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37" />
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39" />
        <source>−1 not complied</source>
        <translation>−1 non respecté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40" />
        <source>0 partly</source>
        <translation>0 en partie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41" />
        <source>+1 complied</source>
        <translation>+1 respecté</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47" />
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48" />
        <source>diplomacy</source>
        <translation>diplomatie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49" />
        <source>economy</source>
        <translation>économie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50" />
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="51" />
        <source>infrastructure</source>
        <translation>infrastructures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="52" />
        <source>trade</source>
        <translation>commerce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="53" />
        <source>education</source>
        <translation>éducation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="54" />
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>agriculture</source>
        <translation>agriculture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>humanitarian</source>
        <translation>humanitaire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="60" />
        <source>technology</source>
        <translation>technologies</translation>
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
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="65" />
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66" />
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="67" />
        <source>principle</source>
        <translation>principe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="68" />
        <source>next step</source>
        <translation>prochaine étape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="69" />
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="70" />
        <source>statement</source>
        <translation>déclaration</translation>
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
        <translation>acteur</translation>
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
        <translation>coprésident</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="83" />
        <source>chair</source>
        <translation>président</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="84" />
        <source>head of delegation</source>
        <translation>chef de délégation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="85" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="86" />
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="93" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="95" />
        <source>due soon</source>
        <translation>imminente</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>sommet</translation>
    </message>
    <message>
        <source>joint commission</source>
        <translation>commission mixte</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conférence</translation>
    </message>
    <message>
        <source>state visit</source>
        <translation>visite d’État</translation>
    </message>
    <message>
        <source>official visit</source>
        <translation>visite officielle</translation>
    </message>
    <message>
        <source>working visit</source>
        <translation>visite de travail</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>talks</source>
        <translation>entretiens</translation>
    </message>
    <message>
        <source>treaty signing</source>
        <translation>signature de traité</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>ministerial consultations</source>
        <translation>consultations ministérielles</translation>
    </message>
    <message>
        <source>ministerial conference</source>
        <translation>conférence ministérielle</translation>
    </message>
    <message>
        <source>ministerial meeting</source>
        <translation>réunion ministérielle</translation>
    </message>
    <message>
        <source>ministerial talks</source>
        <translation>entretiens ministériels</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/frame.py" line="165" />
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/frame.py" line="243" />
        <source>Your search runs as soon as it is open.</source>
        <translation>Votre recherche sera lancée dès son ouverture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="42" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="55" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="57" />
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="58" />
        <source>Load the &amp;demo dossier</source>
        <translation>Charger le dossier de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="60" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="65" />
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="66" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="67" />
        <source>Leave search</source>
        <translation>Quitter la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="70" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="71" />
        <source>&amp;About Chancery</source>
        <translation>À &amp;propos de Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="73" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="78" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="85" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="91" />
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="92" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="95" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="103" />
        <source>search (Esc leaves the search)</source>
        <translation>rechercher (Échap quitte la recherche)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>in the brief composer: save as PDF / print</source>
        <translation>dans la composition d'une note : enregistrer en PDF / imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>lock an encrypted store now (its passphrase is asked again)</source>
        <translation>verrouiller maintenant une base chiffrée (sa phrase secrète est redemandée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="110" />
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="104" />
        <source>new note on the item in view</source>
        <translation>nouvelle note sur l'élément affiché</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="107" />
        <source>import documents (or drop files on the window)</source>
        <translation>importer des documents (ou déposer des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="117" />
        <source>undo / redo notes, tags, statuses and reviews</source>
        <translation>annuler / rétablir notes, étiquettes, statuts et validations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="123" />
        <source>go to a section of the sidebar</source>
        <translation>aller à une rubrique du panneau latéral</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="126" />
        <source>Arrows, Enter</source>
        <translation>Flèches, Entrée</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="127" />
        <source>move in a list, open the item</source>
        <translation>se déplacer dans une liste, ouvrir l'élément</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="131" />
        <source>accept, edit, reject in the review queue</source>
        <translation>accepter, modifier, rejeter dans la file de validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51" />
        <source>Chancery — {0}</source>
        <translation>Chancery — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="57" />
        <source>Search everything (Ctrl+F)…</source>
        <translation>Rechercher partout (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="69" />
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="301" />
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="389" />
        <source>Select an item first, then press Ctrl+N.</source>
        <translation>Sélectionnez d'abord un élément, puis appuyez sur Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="398" />
        <source>Documents ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="469" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475" />
        <source>About Chancery</source>
        <translation>À propos de Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476" />
        <source>Chancery: meetings, commitments and notes, offline.
Store: {0}</source>
        <translation>Chancery : réunions, engagements et notes, hors ligne.
Base : {0}</translation>
    </message>
    <message>
        <source>edit / delete the record in view (Ctrl+Shift+M merges, Ctrl+Shift+H shows its history)</source>
        <translation>modifier / supprimer l'enregistrement affiché (Ctrl+Maj+M fusionne, Ctrl+Maj+H montre son historique)</translation>
    </message>
    <message>
        <source>(demo dossier)</source>
        <translation>(dossier de démonstration)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>open another store (File ▸ Recent stores)</source>
        <translation>ouvrir une autre base (Fichier ▸ Bases récentes)</translation>
    </message>
    <message>
        <source>create a new, empty store</source>
        <translation>créer une nouvelle base, vide</translation>
    </message>
    <message>
        <source>export a brief of the selected meetings (Shift/Ctrl-click or Ctrl+A select several)</source>
        <translation>exporter une note de synthèse des réunions sélectionnées (Maj/Ctrl-clic ou Ctrl+A en sélectionnent plusieurs)</translation>
    </message>
    <message>
        <source>export a brief of every meeting the list shows</source>
        <translation>exporter une note de synthèse de toutes les réunions affichées dans la liste</translation>
    </message>
    <message>
        <source>in the note editor: save the note</source>
        <translation>dans l’éditeur de note : enregistrer la note</translation>
    </message>
    <message>
        <source>in the detail pane: next / previous link (Enter follows it)</source>
        <translation>dans le volet de détail : lien suivant / précédent (Entrée le suit)</translation>
    </message>
    <message>
        <source>in a date field: open the calendar</source>
        <translation>dans un champ de date : ouvrir le calendrier</translation>
    </message>
    <message>
        <source>&amp;Export brief of the selected meetings…</source>
        <translation>&amp;Exporter une note de synthèse des réunions sélectionnées…</translation>
    </message>
    <message>
        <source>Export brief of the meetings &amp;shown…</source>
        <translation>Exporter une note de synthèse des réunions &amp;affichées…</translation>
    </message>
    <message>
        <source>Store: {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <source>holds the demo dossier</source>
        <translation>contient le dossier de démonstration</translation>
    </message>
    <message>
        <source>Select meetings in the list first (Shift/Ctrl-click, Ctrl+A for all), or export a brief of the meetings shown (Ctrl+Shift+E).</source>
        <translation>Sélectionnez d’abord des réunions dans la liste (Maj/Ctrl-clic, Ctrl+A pour toutes), ou exportez une note de synthèse des réunions affichées (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>The list shows no meeting: change the filters first.</source>
        <translation>La liste n’affiche aucune réunion : changez d’abord les filtres.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Chancery stores (*.db)</source>
        <translation>Bases Chancery (*.db)</translation>
    </message>
    <message>
        <source>{0} already exists: choose another name, or open it.</source>
        <translation>{0} existe déjà : choisissez un autre nom, ou ouvrez-la.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Bases Chancery (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This store is already open.</source>
        <translation>Cette base est déjà ouverte.</translation>
    </message>
    <message>
        <source>No other store opened yet</source>
        <translation>Aucune autre base ouverte jusqu’ici</translation>
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
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="51" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="52" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="53" />
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meetings.py" line="54" />
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>demo · {0}</source>
        <translation>démo · {0}</translation>
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
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="160" />
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>No note on it yet: write one below, Ctrl+S saves it.</source>
        <translation>Aucune note pour l’instant : écrivez-en une ci-dessous, Ctrl+S l’enregistre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>In the brief</source>
        <translation>Dans la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>(in the bin)</source>
        <translation>(à la corbeille)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="48" />
        <source>Select an item to see and write its notes.</source>
        <translation>Sélectionnez un élément pour lire et écrire ses notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="53" />
        <source>Restore</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="54" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="63" />
        <source>Notes on this item</source>
        <translation>Notes sur cet élément</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="69" />
        <source>Write a note… (saved as a draft as you type)</source>
        <translation>Écrivez une note… (brouillon enregistré au fil de la frappe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="70" />
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="72" />
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="73" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="74" />
        <source>Include in brief</source>
        <translation>Inclure dans la note de synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="75" />
        <location filename="../../desktop_app/ui/notes_panel.py" line="169" />
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="76" />
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="77" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="79" />
        <source>Earlier versions of the note</source>
        <translation>Versions antérieures de la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="127" />
        <source>Notes on {0}: {1}</source>
        <translation>Notes sur {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="181" />
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="187" />
        <source>No earlier versions.</source>
        <translation>Aucune version antérieure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="190" />
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_panel.py" line="203" />
        <source>A note needs some text.</source>
        <translation>Une note doit contenir du texte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notes_panel.py" line="247" />
        <source>%n note(s) were being written when Chancery last closed.</source>
        <translation><numerusform>%n note était en cours d'écriture à la dernière fermeture de Chancery.</numerusform><numerusform>%n notes étaient en cours d'écriture à la dernière fermeture de Chancery.</numerusform></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S or Ctrl+Enter)</source>
        <translation>Enregistrer la note (Ctrl+S ou Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No actor matches these filters; an imported document adds its actors here.</source>
        <translation>Aucun acteur ne correspond à ces filtres ; un document importé ajoute ici ses acteurs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No source matches these filters; File ▸ Import adds documents (Ctrl+I).</source>
        <translation>Aucune source ne correspond à ces filtres ; Fichier ▸ Importer ajoute des documents (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>No tag yet: give a note tags (in its Notes tab) to group notes here.</source>
        <translation>Aucune étiquette pour l’instant : donnez des étiquettes à une note (onglet Notes) pour regrouper ici les notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" />
        <source>Select a tag above to see its notes.</source>
        <translation>Choisissez une étiquette ci-dessus pour voir ses notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="68" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="78" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="81" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="89" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="90" />
        <source>Notes with this tag</source>
        <translation>Notes portant cette étiquette</translation>
    </message>
    <message>
        <source>No meeting matches these filters: widen the dates, or choose All actors.</source>
        <translation>Aucune réunion ne correspond à ces filtres : élargissez les dates, ou choisissez Tous les acteurs.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="74" />
        <source>Unlock the store</source>
        <translation>Déverrouiller la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="75" />
        <source>Encrypt the store</source>
        <translation>Chiffrer la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="76" />
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="77" />
        <source>Decrypt the store</source>
        <translation>Déchiffrer la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="80" />
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} est chiffrée. Saisissez sa phrase secrète pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="82" />
        <source>Choose a passphrase for {name}. The store and its backups will be unreadable without it.</source>
        <translation>Choisissez une phrase secrète pour {name}. La base et ses sauvegardes seront illisibles sans elle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="85" />
        <source>Type the current passphrase of {name}, then the new one twice.</source>
        <translation>Saisissez la phrase secrète actuelle de {name}, puis deux fois la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="87" />
        <source>{name} and its backups will be stored unencrypted: anyone with the files can read them. Type the passphrase to confirm.</source>
        <translation>{name} et ses sauvegardes seront enregistrées en clair : quiconque possède les fichiers pourra les lire. Saisissez la phrase secrète pour confirmer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="105" />
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="105" />
        <source>Current:</source>
        <translation>Actuelle :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="108" />
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="109" />
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="114" />
        <source>At least {n} characters; several unrelated words are best. Nobody, Chancery included, can recover a forgotten passphrase.</source>
        <translation>Au moins {n} caractères ; plusieurs mots sans rapport entre eux sont l'idéal. Personne, pas même Chancery, ne peut retrouver une phrase secrète oubliée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="120" />
        <source>Show what I type</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="126" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="134" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="135" />
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="136" />
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="137" />
        <source>Decrypt</source>
        <translation>Déchiffrer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="170" />
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="179" />
        <source>The two new passphrases differ; type them again.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent ; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="233" />
        <source>That passphrase does not open the store; try again.</source>
        <translation>Cette phrase secrète n'ouvre pas la base ; réessayez.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65" />
        <source>Candidates to review</source>
        <translation>Propositions à valider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71" />
        <source>&amp;Accept (A)</source>
        <translation>&amp;Accepter (A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72" />
        <source>&amp;Edit (E)</source>
        <translation>&amp;Modifier (E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73" />
        <source>&amp;Reject (R)</source>
        <translation>&amp;Rejeter (R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/review_panel.py" line="117" />
        <source>%n candidate(s) to review. A accepts, E edits, R rejects; Ctrl+Z undoes.</source>
        <translation><numerusform>%n proposition à valider. A accepte, E modifie, R rejette ; Ctrl+Z annule.</numerusform><numerusform>%n propositions à valider. A accepte, E modifie, R rejette ; Ctrl+Z annule.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="126" />
        <source>Nothing to review. Import a document (Ctrl+I): what it finds appears here for you to accept, edit or reject.</source>
        <translation>Rien à valider. Importez un document (Ctrl+I) : ce qu'il contient apparaîtra ici pour être accepté, modifié ou rejeté.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151" />
        <source>Edit candidate</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="85" />
        <source>&amp;Merge (M)</source>
        <translation>&amp;Fusionner (M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86" />
        <source>&amp;Keep both (K)</source>
        <translation>&amp;Garder les deux (K)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="93" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../desktop_app/ui/browse_views.py" line="79" />
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>Rencontre : {0}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="39" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="40" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="41" />
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="42" />
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="43" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="44" />
        <source>Review queue</source>
        <translation>File de validation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="45" />
        <source>Briefs</source>
        <translation>Notes de synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="46" />
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages.py" line="47" />
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="299" />
        <source>Encrypt the store…</source>
        <translation>Chiffrer la base…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="301" />
        <source>Change the passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="303" />
        <source>Decrypt the store…</source>
        <translation>Déchiffrer la base…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="305" />
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="308" />
        <source>Lock after inactivity…</source>
        <translation>Verrouiller après inactivité…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="330" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="370" />
        <source>Quit Chancery</source>
        <translation>Quitter Chancery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="372" />
        <source>Chancery cannot open the store</source>
        <translation>Chancery ne peut pas ouvrir la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="389" />
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="390" />
        <source>Lock an encrypted store after this many minutes without use (0: never):</source>
        <translation>Verrouiller une base chiffrée après ce nombre de minutes sans utilisation (0 : jamais) :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="409" />
        <source>That is not the current passphrase; try again.</source>
        <translation>Ce n'est pas la phrase secrète actuelle ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="422" />
        <source>Nothing was changed</source>
        <translation>Rien n'a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/passphrase_dialog.py" line="425" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="135" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="45" />
        <location filename="../../desktop_app/ui/source_view.py" line="82" />
        <source>Choose “passage” next to an item to see where it came from.</source>
        <translation>Choisissez « passage » à côté d'un élément pour voir d'où il vient.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="49" />
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="50" />
        <source>Note on selected passage</source>
        <translation>Note sur le passage sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="52" />
        <source>Add a note on the selected passage</source>
        <translation>Ajouter une note sur le passage sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_view.py" line="84" />
        <source>This item has no source passage.</source>
        <translation>Cet élément n'a pas de passage source.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../desktop_app/ui/chart.py" line="46" />
        <source>Chart of statuses</source>
        <translation>Graphique des statuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chart.py" line="73" />
        <source>No commitments to chart.</source>
        <translation>Aucun engagement à représenter.</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/lists.py" line="149" />
        <source>Tag</source>
        <translation>Étiquette</translation>
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
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="91" />
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="117" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="188" />
        <source>Show the timeline of</source>
        <translation>Afficher la chronologie de</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="196" />
        <source>● meetings (above)   ◆ due dates (below: red overdue, amber due soon)</source>
        <translation>● réunions (au-dessus)   ◆ échéances (en dessous : rouge en retard, orange imminente)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="199" />
        <source>Actor:</source>
        <translation>Acteur :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline.py" line="218" />
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="42" />
        <source>Add note on {0}</source>
        <translation>Ajouter une note sur {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="89" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="114" />
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="143" />
        <source>Set status to {0}</source>
        <translation>Passer le statut à {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="147" />
        <source>Set compliance score</source>
        <translation>Modifier la conformité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="149" />
        <source>Edit evidence</source>
        <translation>Modifier les éléments de preuve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="186" />
        <source>Accept {0}</source>
        <translation>Accepter {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="188" />
        <source>Reject {0}</source>
        <translation>Rejeter {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_commands.py" line="216" />
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242" />
        <source>Merge into #{0}</source>
        <translation>Fusionner avec n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="244" />
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tracker.py" line="180" />
        <source>Set due date</source>
        <translation>Modifier l’échéance</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="68" />
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>EditFields</name>
    <message>
        <source>the day it was published: 2025-04-03</source>
        <translation>le jour de sa publication : 2025-04-03</translation>
    </message>
    <message>
        <source>where it was found: https://…</source>
        <translation>où il a été trouvé : https://…</translation>
    </message>
    <message>
        <source>1997-07-03, or 1997-07 / 1997</source>
        <translation>1997-07-03, ou 1997-07 / 1997</translation>
    </message>
    <message>
        <source>two letters: ML, FR…</source>
        <translation>deux lettres : ML, FR…</translation>
    </message>
    <message>
        <source>names or actor:ID, separated by commas</source>
        <translation>noms ou actor:ID, séparés par des virgules</translation>
    </message>
    <message>
        <source>the post the person holds (kept on the actor)</source>
        <translation>la fonction de la personne (gardée sur l’acteur)</translation>
    </message>
    <message>
        <source>the person&apos;s country (kept on the actor)</source>
        <translation>le pays de la personne (gardé sur l’acteur)</translation>
    </message>
    <message>
        <source>names or actor:ID, comma-separated</source>
        <translation>noms ou actor:ID, séparés par des virgules</translation>
    </message>
    <message>
        <source>2025-12-31, or 2025-12 / 2025</source>
        <translation>2025-12-31, ou 2025-12 / 2025</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Place (city)</source>
        <translation>Lieu (ville)</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Numéro de session</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Committed by</source>
        <translation>Engagé par</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date precision</source>
        <translation>Précision de l'échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Speaker as written</source>
        <translation>Orateur tel qu'écrit</translation>
    </message>
    <message>
        <source>Quoted or reported</source>
        <translation>Citation ou discours rapporté</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verbe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Aliases (separated by ;)</source>
        <translation>Autres noms (séparés par ;)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>quoted words (« … »)</source>
        <translation>citation (« … »)</translation>
    </message>
    <message>
        <source>reported speech (X said that …)</source>
        <translation>discours rapporté (X a dit que …)</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>review</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>demo dossier removed</source>
        <translation>dossier de démonstration retiré</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/dialogs.py" line="68" />
        <source>Address (where it was found)</source>
        <translation>Adresse (où il a été trouvé)</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>Autres thèmes</translation>
    </message>
    <message>
        <source>themes separated by commas: energy, trade</source>
        <translation>thèmes séparés par des virgules : énergie, commerce</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Modifier l'enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>&amp;Supprimer l'enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Remove the demo dossier…</source>
        <translation>&amp;Retirer le dossier de démonstration…</translation>
    </message>
    <message>
        <source>Edit {0} {1}</source>
        <translation>Modifier : {0} {1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier : {0}</translation>
    </message>
    <message>
        <source>New {0} in meeting {1}</source>
        <translation>Nouveau : {0}, réunion {1}</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouveau : {0}</translation>
    </message>
    <message>
        <source>Fill in the field “{0}”.</source>
        <translation>Remplissez le champ « {0} ».</translation>
    </message>
    <message>
        <source>Delete {0} {1}?</source>
        <translation>Supprimer : {0} {1} ?</translation>
    </message>
    <message>
        <source>With it: {0}.</source>
        <translation>Avec : {0}.</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Supprimer : {0}</translation>
    </message>
    <message>
        <source>Only actors, meetings, items and statements can be merged.</source>
        <translation>Seuls les acteurs, les réunions, les éléments et les déclarations peuvent être fusionnés.</translation>
    </message>
    <message>
        <source>Merge {0} {1} into…</source>
        <translation>Fusionner {0} {1} avec…</translation>
    </message>
    <message>
        <source>Merge {0} {1} into {0} {2}? Ctrl+Z undoes it.</source>
        <translation>Fusionner {0} {1} dans {0} {2} ? Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge {0}</source>
        <translation>Fusionner : {0}</translation>
    </message>
    <message>
        <source>History of {0} {1}</source>
        <translation>Historique : {0} {1}</translation>
    </message>
    <message>
        <source>New {0} from passage</source>
        <translation>Nouveau : {0} depuis le passage</translation>
    </message>
    <message>
        <source>Remove the demo dossier</source>
        <translation>Retirer le dossier de démonstration</translation>
    </message>
    <message>
        <source>Remove the demo dossier's meetings, sources, notes and the actors only it names? Ctrl+Z puts it back.</source>
        <translation>Retirer les réunions, sources et notes du dossier de démonstration, et les acteurs qu'il est seul à nommer ? Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>This record is no longer in the store; Ctrl+Z brings it back.</source>
        <translation>Cet enregistrement n'est plus dans la base ; Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Merge these two</source>
        <translation>Fusionner ces deux</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Add principle…</source>
        <translation>Ajouter un principe…</translation>
    </message>
    <message>
        <source>Add next step…</source>
        <translation>Ajouter une prochaine étape…</translation>
    </message>
    <message>
        <source>Add statement…</source>
        <translation>Ajouter une déclaration…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New commitment from selection</source>
        <translation>Nouvel engagement à partir de la sélection</translation>
    </message>
    <message>
        <source>New principle from selection</source>
        <translation>Nouveau principe à partir de la sélection</translation>
    </message>
    <message>
        <source>New next step from selection</source>
        <translation>Nouvelle prochaine étape à partir de la sélection</translation>
    </message>
    <message>
        <source>New statement from selection</source>
        <translation>Nouvelle déclaration à partir de la sélection</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifier la source…</translation>
    </message>
    <message>
        <source>Select or open a record first, then press the key again.</source>
        <translation>Sélectionnez ou ouvrez d&apos;abord un enregistrement, puis appuyez de nouveau sur la touche.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>No change recorded: the record is as it was imported.</source>
        <translation>Aucune modification enregistrée : l'enregistrement est tel qu'importé.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Records to merge into</source>
        <translation>Enregistrements avec lesquels fusionner</translation>
    </message>
    <message>
        <source>The record chosen is kept; the other's references, sources and notes move to it and it is deleted. Ctrl+Z undoes the merge.</source>
        <translation>L'enregistrement choisi est conservé ; les références, sources et notes de l'autre lui sont rattachées, puis l'autre est supprimé. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels; every change can be undone.</source>
        <translation>Ctrl+Entrée enregistre, Échap annule ; toute modification peut être annulée.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Type 3/4/2025, 3 avril 2025, 2025-04-03, April 2025 or 2026</source>
        <translation>Tapez 3/4/2025, 3 avril 2025, 2025-04-03, avril 2025 ou 2026</translation>
    </message>
    <message>
        <source>Choose {0} in a calendar</source>
        <translation>Choisir {0} dans un calendrier</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 3/4/2025, 3 avril 2025 or 2025-04-03 (day first), or a month or year alone.</source>
        <translation>« {0} » n’est pas une date : tapez-la comme 3/4/2025, 3 avril 2025 ou 2025-04-03 (le jour d’abord), ou un mois ou une année seuls.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Brief — {0}</source>
        <translation>Note de synthèse — {0}</translation>
    </message>
    <message>
        <source>Pages of the brief</source>
        <translation>Pages de la note de synthèse</translation>
    </message>
    <message>
        <source>Shown by Chancery (no PDF viewer answered): {0}</source>
        <translation>Affichée par Chancery (aucune visionneuse PDF n’a répondu) : {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" />
        <source>{file} was not imported: the helper process that reads documents stopped while reading it (the file may be damaged); the other files go on. Try it again, or save it as .txt and import that.</source>
        <translation>{file} n’a pas été importé : le processus auxiliaire qui lit les documents s’est arrêté en le lisant (le fichier est peut-être endommagé) ; les autres fichiers continuent. Réessayez, ou enregistrez-le en .txt et importez celui-ci.</translation>
    </message>
    <message>
        <source>Imported {file}{noise} as a new meeting {meeting} “{title}”: {summary}.</source>
        <translation>{file}{noise} importé comme nouvelle rencontre {meeting} « {title} » : {summary}.</translation>
    </message>
    <message>
        <source>Imported {file}{noise} added to the existing meeting {meeting} “{title}”: {summary}.</source>
        <translation>{file}{noise} importé et ajouté à la rencontre existante {meeting} « {title} » : {summary}.</translation>
    </message>
    <message>
        <source>Imported {file} as source {source}, but found no meeting in it (no date, place or parties): its text is searchable.</source>
        <translation>{file} importé comme source {source}, mais aucune rencontre n’y a été trouvée (ni date, ni lieu, ni parties) : son texte est consultable par la recherche.</translation>
    </message>
    <message>
        <source>{file} is already in the store (source {source}, “{title}”): nothing was added.</source>
        <translation>{file} est déjà dans la base (source {source}, « {title} ») : rien n’a été ajouté.</translation>
    </message>
    <message>
        <source> ({count} advertising or navigation lines left out)</source>
        <translation> ({count} lignes de publicité ou de navigation écartées)</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>rien d’autre</translation>
    </message>
    <message>
        <source>{summary}; review them under Review</source>
        <translation>{summary} ; à vérifier sous Vérification</translation>
    </message>
    <message>
        <source>{file} could not be analysed ({error}).</source>
        <translation>{file} n’a pas pu être analysé ({error}).</translation>
    </message>
    <message>
        <source>{file} holds almost no text once cleaned: there is nothing to import.</source>
        <translation>{file} ne contient presque aucun texte une fois nettoyé : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>{file} could not be read.</source>
        <translation>{file} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>{file} was not imported: {error}.</source>
        <translation>{file} n’a pas été importé : {error}.</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>{kind} {id} refers to a record the team store does not have; it stayed in the copy.</source>
        <translation>{kind} {id} renvoie à un enregistrement que la base d’équipe n’a pas ; il est resté dans la copie.</translation>
    </message>
    <message>
        <source>{kind} {id}: {field} names a record that did not come back.</source>
        <translation>{kind} {id} : {field} désigne un enregistrement qui n’est pas revenu.</translation>
    </message>
    <message>
        <source>{file} is too large to read in this computer&apos;s memory: import a shorter extract of it.</source>
        <translation>{file} est trop volumineux pour la mémoire de cet ordinateur : importez-en un extrait plus court.</translation>
    </message>
    <message>
        <source>{file} is damaged or malformed ({error}): open it in the program that made it, save it again and import that.</source>
        <translation>{file} est endommagé ou mal formé ({error}) : ouvrez-le dans le programme qui l’a créé, enregistrez-le à nouveau et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is longer than {limit}, the limit for one document: import the part you need as a shorter file.</source>
        <translation>{file} dépasse {limit}, la limite pour un document : importez la partie utile dans un fichier plus court.</translation>
    </message>
    <message>
        <source>{file}: Chancery imports {suffixes} files, not &apos;{suffix}&apos;.</source>
        <translation>{file} : Chancery importe les fichiers {suffixes}, pas « {suffix} ».</translation>
    </message>
    <message>
        <source>{file}: Chancery imports {suffixes} files, not files with no suffix.</source>
        <translation>{file} : Chancery importe les fichiers {suffixes}, pas les fichiers sans extension.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({error}).</source>
        <translation>{file} ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
        <source>{file} is a folder, not a document.</source>
        <translation>{file} est un dossier, pas un document.</translation>
    </message>
    <message>
        <source>{file} is {size}, over the {limit} limit for one {suffix} document: import the article or communiqué on its own.</source>
        <translation>{file} fait {size}, au-delà de la limite de {limit} pour un document {suffix} : importez l’article ou le communiqué seul.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>{file} is empty: there is nothing to import.</source>
        <translation>{file} est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>{file} says it is {encoding} but byte {byte} is not: save it again as UTF-8 and import that.</source>
        <translation>{file} se déclare en {encoding} mais l’octet {byte} ne l’est pas : enregistrez-le à nouveau en UTF-8 et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is {what}, not text: open it in the program that made it and save the text as .txt.</source>
        <translation>{file} n’est pas du texte ({what}) : ouvrez-le dans le programme qui l’a créé et enregistrez le texte en .txt.</translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 (byte {byte} is broken): the file is damaged; save it again as UTF-8 and import that.</source>
        <translation>{file} n’est pas de l’UTF-8 valide (l’octet {byte} est cassé) : le fichier est endommagé ; enregistrez-le à nouveau en UTF-8 et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is binary data, not text: save the text as .txt (UTF-8) and import that.</source>
        <translation>{file} contient des données binaires, pas du texte : enregistrez le texte en .txt (UTF-8) et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} has no article text (only scripts, menus or an empty page): save the article itself as text and import that.</source>
        <translation>{file} ne contient pas de texte d’article (seulement des scripts, des menus ou une page vide) : enregistrez l’article lui-même en texte et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is not {kind}: check the file and its suffix.</source>
        <translation>{file} n’est pas du type attendu ({kind}) : vérifiez le fichier et son extension.</translation>
    </message>
    <message>
        <source>{file} is not {kind} (it is {what}): check the file and its suffix.</source>
        <translation>{file} n’est pas du type attendu ({kind}, c’est {what}) : vérifiez le fichier et son extension.</translation>
    </message>
    <message>
        <source>{file} is an encrypted PDF: save an unprotected copy and import that.</source>
        <translation>{file} est un PDF chiffré : enregistrez-en une copie non protégée et importez-la.</translation>
    </message>
    <message>
        <source>{file} is a damaged PDF ({error}): export it again.</source>
        <translation>{file} est un PDF endommagé ({error}) : exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} has no text layer (a scanned image?): Chancery does no OCR; import a text version of the document.</source>
        <translation>{file} n’a pas de couche texte (une image numérisée ?) : Chancery ne fait pas d’OCR ; importez une version texte du document.</translation>
    </message>
    <message>
        <source>{file} is a damaged or incomplete Word file: open it in Word, save it again and import that.</source>
        <translation>{file} est un fichier Word endommagé ou incomplet : ouvrez-le dans Word, enregistrez-le à nouveau et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is an empty Word document: there is nothing to import.</source>
        <translation>{file} est un document Word vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size}, over the {limit} limit for one Word document: save the part you need as a shorter document.</source>
        <translation>{file} se décompresse en {size}, au-delà de la limite de {limit} pour un document Word : enregistrez la partie utile dans un document plus court.</translation>
    </message>
    <message>
        <source>{file} holds a part that unpacks to {times} times its size (over {limit} times, a sign of a malicious file): it was not opened; ask its sender for the text itself.</source>
        <translation>{file} contient une partie qui se décompresse à {times} fois sa taille (plus de {limit} fois, signe d’un fichier malveillant) : il n’a pas été ouvert ; demandez le texte lui-même à son expéditeur.</translation>
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
        <translation>{n} engagements</translation>
    </message>
    <message>
        <source>{n} commitment</source>
        <translation>{n} engagement</translation>
    </message>
    <message>
        <source>{n} principles</source>
        <translation>{n} principes</translation>
    </message>
    <message>
        <source>{n} principle</source>
        <translation>{n} principe</translation>
    </message>
    <message>
        <source>{n} next steps</source>
        <translation>{n} prochaines étapes</translation>
    </message>
    <message>
        <source>{n} next step</source>
        <translation>{n} prochaine étape</translation>
    </message>
    <message>
        <source>{n} statements</source>
        <translation>{n} déclarations</translation>
    </message>
    <message>
        <source>{n} statement</source>
        <translation>{n} déclaration</translation>
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
        <translation>{n} doublons probables</translation>
    </message>
    <message>
        <source>{n} probable duplicate</source>
        <translation>{n} doublon probable</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>optional: why the status changes</source>
        <translation>facultatif : pourquoi le statut change</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>Re&amp;name tag…</source>
        <translation>Re&amp;nommer l’étiquette…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Rename tag #{0}</source>
        <translation>Renommer l’étiquette #{0}</translation>
    </message>
    <message>
        <source>Merge tags into #{0}</source>
        <translation>Fusionner des étiquettes dans #{0}</translation>
    </message>
    <message>
        <source>Select a tag in the list first.</source>
        <translation>Sélectionnez d’abord une étiquette dans la liste.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name of #{0}:</source>
        <translation>Nouveau nom de #{0} :</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Put this tag instead of #{0} on its notes (an existing tag or a new one):</source>
        <translation>Mettre cette étiquette à la place de #{0} sur ses notes (une étiquette existante ou nouvelle) :</translation>
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
        <translation>Sur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="19" />
        <source>“{raw}” names no record: write KIND:ID, KIND being one of {choices}.</source>
        <translation>« {raw} » ne désigne aucune fiche : écrivez TYPE:ID, TYPE étant l’un de {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="22" />
        <source>“{raw}” is not a field of a {kind}; its fields are: {choices}.</source>
        <translation>« {raw} » n’est pas un champ d’un(e) {kind} ; ses champs sont : {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="25" />
        <source>“{raw}” is not a date ({field}): write it 2025-03-04, 2025-03 or 2025.</source>
        <translation>« {raw} » n’est pas une date ({field}) : écrivez-la 2025-03-04, 2025-03 ou 2025.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="28" />
        <source>There is no actor {raw} for the field “{field}”.</source>
        <translation>Il n’y a pas d’acteur {raw} pour le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="31" />
        <source>No actor is called “{raw}” (field “{field}”): give its exact name, an alias or actor:ID.</source>
        <translation>Aucun acteur ne s’appelle « {raw} » (champ « {field} ») : donnez son nom exact, un alias ou actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="36" />
        <source>“{raw}” (field “{field}”) names several actors ({choices}): give actor:ID.</source>
        <translation>« {raw} » (champ « {field} ») désigne plusieurs acteurs ({choices}) : donnez actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="40" />
        <source>The field “{field}” of a {kind} cannot be empty.</source>
        <translation>Le champ « {field} » d’un(e) {kind} ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="43" />
        <source>“{raw}” is not allowed in the field “{field}”; use one of: {choices}.</source>
        <translation>« {raw} » n’est pas admis dans le champ « {field} » ; utilisez l’une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="46" />
        <source>The field “{field}” of a {kind} is a whole number, not “{raw}”.</source>
        <translation>Le champ « {field} » d’un(e) {kind} est un nombre entier, pas « {raw} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="49" />
        <source>“{raw}” is not a country: write its two-letter code (ML, FR, RU…).</source>
        <translation>« {raw} » n’est pas un pays : écrivez son code à deux lettres (ML, FR, RU…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="52" />
        <source>A party is a state or an organisation; add a person as a participant.</source>
        <translation>Une partie est un État ou une organisation ; ajoutez une personne comme participant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="55" />
        <source>The passage is not in the source&apos;s text: select it again.</source>
        <translation>Le passage n’est pas dans le texte de la source : sélectionnez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="58" />
        <source>A new {kind} needs its text: type it, or select a passage.</source>
        <translation>Un(e) {kind} nouveau/nouvelle a besoin de son texte : tapez-le, ou sélectionnez un passage.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="61" />
        <source>A participant needs a person: give a name or actor:ID.</source>
        <translation>Un participant doit être une personne : donnez un nom ou actor:ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="64" />
        <source>Source {id} is attached to no meeting: attach it to one before adding records from it.</source>
        <translation>La source {id} n’est rattachée à aucune réunion : rattachez-la à une réunion avant d’en tirer des fiches.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="69" />
        <source>A compliance score is -1, 0 or +1 (or none).</source>
        <translation>Un score de conformité vaut -1, 0 ou +1 (ou aucun).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="72" />
        <source>Two records of this kind ({kind}) cannot be merged.</source>
        <translation>Deux fiches de ce type ({kind}) ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="75" />
        <source>Merging {kind} {id} with itself changes nothing: choose another.</source>
        <translation>Fusionner {kind} {id} avec elle-même ne change rien : choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="78" />
        <source>Items {id} and {other} belong to different meetings: only two items of one meeting can be merged.</source>
        <translation>Les éléments {id} et {other} appartiennent à des réunions différentes : seuls deux éléments d’une même réunion peuvent être fusionnés.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="83" />
        <source>Statements {id} and {other} are by different speakers: correct the speaker first.</source>
        <translation>Les déclarations {id} et {other} sont de locuteurs différents : corrigez d’abord le locuteur.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="87" />
        <source>The demo dossier is not in this store: there is nothing to remove.</source>
        <translation>Le dossier de démonstration n’est pas dans cette base : il n’y a rien à retirer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="90" />
        <source>Change {id} is already undone.</source>
        <translation>La modification {id} est déjà annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="93" />
        <source>Change {id} is not undone: there is nothing to redo.</source>
        <translation>La modification {id} n’est pas annulée : il n’y a rien à refaire.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="96" />
        <source>Change {id} cannot be undone: {kind} {other} was changed since; undo the later changes first.</source>
        <translation>La modification {id} ne peut pas être annulée : {kind} {other} a été modifié(e) depuis ; annulez d’abord les modifications suivantes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="101" />
        <source>Change {id} cannot be redone: {kind} {other} was changed since; undo the later changes first.</source>
        <translation>La modification {id} ne peut pas être refaite : {kind} {other} a été modifié(e) depuis ; annulez d’abord les modifications suivantes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="49" />
        <source>“{raw}” is not a day: write the publication date 2025-04-03.</source>
        <translation>« {raw} » n’est pas un jour : écrivez la date de publication 2025-04-03.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editing/errors.py" line="52" />
        <source>“{raw}” is not an address: write the whole address, starting with https://.</source>
        <translation>« {raw} » n’est pas une adresse : écrivez l’adresse entière, commençant par https://.</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/refresh.py" line="85" />
        <source>Updated: %n change(s) by others</source>
        <translation><numerusform>Mis à jour : %n modification par d’autres</numerusform><numerusform>Mis à jour : %n modifications par d’autres</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="90" />
        <source>Compliance score</source>
        <translation>Score de conformité</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="104" />
        <source>Someone else changed this record</source>
        <translation>Quelqu’un d’autre a modifié cette fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="108" />
        <source>Another analyst changed {0} after you opened it. Your change is not saved yet: keep their version, or apply yours over it.</source>
        <translation>Un autre analyste a modifié {0} après que vous l’avez ouvert(e). Votre modification n’est pas encore enregistrée : gardez sa version, ou appliquez la vôtre par-dessus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="116" />
        <source>Now (theirs)</source>
        <translation>Maintenant (la sienne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="117" />
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="119" />
        <source>Their values and yours</source>
        <translation>Ses valeurs et les vôtres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="140" />
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder la sienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="141" />
        <source>&amp;Apply mine</source>
        <translation>&amp;Appliquer la mienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="142" />
        <source>Discard your change; the views show theirs.</source>
        <translation>Abandonner votre modification ; les vues montrent la sienne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="144" />
        <source>Save your values over theirs (they stay in the record&apos;s history).</source>
        <translation>Enregistrer vos valeurs à la place des siennes (elles restent dans l’historique de la fiche).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="220" />
        <source>Kept the other analyst&apos;s version.</source>
        <translation>Version de l’autre analyste conservée.</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="40" />
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="122" />
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="43" />
        <source>A store &amp;file on this computer</source>
        <translation>Un &amp;fichier de base sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="44" />
        <source>A &amp;team store on a PostgreSQL server</source>
        <translation>Une base d’é&amp;quipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="49" />
        <source>Store file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="51" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="53" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="56" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="58" />
        <source>from ~/.pgpass if left empty</source>
        <translation>pris dans ~/.pgpass si vide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="61" />
        <source>TLS and a client certificate are parameters of the address: ?sslmode=verify-full&amp;sslrootcert=…&amp;sslcert=…&amp;sslkey=…. The password is never shown nor kept.</source>
        <translation>TLS et un certificat client sont des paramètres de l’adresse : ?sslmode=verify-full&amp;sslrootcert=…&amp;sslcert=…&amp;sslkey=…. Le mot de passe n’est jamais affiché ni conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="78" />
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="79" />
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="124" />
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Bases Chancery (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="135" />
        <source>Choose the store&apos;s file, or type its path.</source>
        <translation>Choisissez le fichier de la base, ou tapez son chemin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="138" />
        <source>{0} is not a file: choose a store that exists, or make one with File ▸ New store.</source>
        <translation>{0} n’est pas un fichier : choisissez une base existante, ou créez-en une avec Fichier ▸ Nouvelle base.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="144" />
        <source>Type the server&apos;s address, such as {0}.</source>
        <translation>Tapez l’adresse du serveur, par exemple {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/open_store_dialog.py" line="150" />
        <source>This is not an address Chancery can open: write it as postgresql+psycopg://user@host/database (psycopg 3, with the database&apos;s name).</source>
        <translation>Chancery ne peut pas ouvrir cette adresse : écrivez-la postgresql+psycopg://utilisateur@hôte/base (psycopg 3, avec le nom de la base).</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n conflict(s): records edited or deleted in the copy and changed here meanwhile; both versions are kept until you choose.</source>
        <translation><numerusform>%n conflit : une fiche modifiée ou supprimée dans la copie a aussi changé ici entre-temps ; les deux versions sont gardées jusqu’à votre choix.</numerusform><numerusform>%n conflits : des fiches modifiées ou supprimées dans la copie ont aussi changé ici entre-temps ; les deux versions sont gardées jusqu’à votre choix.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) deleted, as in the copy.</source>
        <translation><numerusform>%n fiche supprimée, comme dans la copie.</numerusform><numerusform>%n fiches supprimées, comme dans la copie.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back {0}</source>
        <translation>Rapporter {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bringing back {0}…</source>
        <translation>Retour de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Nothing new: everything in this copy is already in the store.</source>
        <translation>Rien de nouveau : tout ce que contient cette copie est déjà dans la base.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) added</source>
        <translation><numerusform>%n fiche ajoutée</numerusform><numerusform>%n fiches ajoutées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n record(s) edited.</source>
        <translation><numerusform>%n fiche modifiée.</numerusform><numerusform>%n fiches modifiées.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Edit ▸ Undo takes it all back.</source>
        <translation>Édition ▸ Annuler défait le tout.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline conflicts</source>
        <translation>Conflits du travail hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Yours (offline)</source>
        <translation>La vôtre (hors ligne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Theirs (team store)</source>
        <translation>L’autre (base d’équipe)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Keep theirs</source>
        <translation>Garder l’autre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>No conflicts wait for a choice.</source>
        <translation>Aucun conflit n’attend de choix.</translation>
    </message>
</context>
<context>
    <name>OfflineMenu</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Take dossier &amp;offline…</source>
        <translation>Emporter le dossier &amp;hors ligne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>&amp;Bring back…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline &amp;conflicts…</source>
        <translation>&amp;Conflits du travail hors ligne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back an offline copy</source>
        <translation>Rapporter une copie hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Chancery stores (*.db);;All files (*)</source>
        <translation>Bases Chancery (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Bring back</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Passphrase of {0}:</source>
        <translation>Phrase secrète de {0} :</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Take dossier offline</source>
        <translation>Emporter le dossier hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Copies the meetings, with their sources, items, actors, notes and tags, into a new store to work on while away; File ▸ Bring back… merges your work into this store.</source>
        <translation>Copie les réunions, avec leurs sources, éléments, acteurs, notes et étiquettes, dans une nouvelle base pour travailler en déplacement ; Fichier ▸ Rapporter… verse ensuite votre travail dans cette base.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The %n selected meeting(s)</source>
        <translation><numerusform>La réunion sélectionnée</numerusform><numerusform>Les %n réunions sélectionnées</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The meetings found by a search:</source>
        <translation>Les réunions trouvées par une recherche :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>words to search for</source>
        <translation>mots à chercher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Encrypt the copy with a passphrase</source>
        <translation>Chiffrer la copie avec une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>New file:</source>
        <translation>Nouveau fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type it again:</source>
        <translation>Retapez-la :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Offline copy</source>
        <translation>Copie hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Chancery stores (*.db)</source>
        <translation>Bases Chancery (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type the words of the search, or choose the selected meetings.</source>
        <translation>Tapez les mots de la recherche, ou choisissez les réunions sélectionnées.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose the new file the copy goes to.</source>
        <translation>Choisissez le nouveau fichier où va la copie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} already exists: choose a new file.</source>
        <translation>{0} existe déjà : choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Type the passphrase of the copy.</source>
        <translation>Tapez la phrase secrète de la copie.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The two passphrases differ: type them again.</source>
        <translation>Les deux phrases secrètes diffèrent : retapez-les.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The search finds no meeting; nothing was copied.</source>
        <translation>La recherche ne trouve aucune réunion ; rien n’a été copié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>%n meeting(s) copied to {0}.</source>
        <translation><numerusform>%n réunion copiée dans {0}.</numerusform><numerusform>%n réunions copiées dans {0}.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineMessages</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{path} already exists; choose a new file for the offline copy.</source>
        <translation>{path} existe déjà ; choisissez un nouveau fichier pour la copie hors ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Le dossier {folder} n’existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Choose at least one meeting to take offline.</source>
        <translation>Choisissez au moins une réunion à emporter hors ligne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{file} is not a dossier taken offline (Take dossier offline… makes one).</source>
        <translation>{file} n’est pas un dossier emporté hors ligne (Emporter le dossier hors ligne… en crée un).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>There is no offline copy at {file}.</source>
        <translation>Il n’y a pas de copie hors ligne à l’emplacement {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{file} was taken offline from another store ({store}); bring it back there.</source>
        <translation>{file} a été emporté hors ligne depuis une autre base ({store}) ; rapportez-le là-bas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Conflict {id} is already resolved.</source>
        <translation>Le conflit {id} est déjà résolu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{kind} {id} was deleted from the team store; undo that deletion first, or keep theirs.</source>
        <translation>{kind} {id} a été supprimé de la base d’équipe ; annulez d’abord cette suppression, ou gardez l’autre version.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{kind} {id} changed again since this conflict was found; look at it again, then choose.</source>
        <translation>{kind} {id} a encore changé depuis que ce conflit a été trouvé ; regardez-le de nouveau, puis choisissez.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>note being written {0}</source>
        <translation>note en cours d’écriture {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>alias {0}</source>
        <translation>alias {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>item source {0}</source>
        <translation>source d’élément {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a source of meeting {0}</source>
        <translation>une source de la réunion {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a party of commitment {0}</source>
        <translation>une partie de l’engagement {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>earlier text {0}</source>
        <translation>texte antérieur {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>a tag of note {0}</source>
        <translation>une étiquette de la note {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>status change {0}</source>
        <translation>changement de statut {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>Deleted offline, changed here</source>
        <translation>Supprimé hors ligne, modifié ici</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} changed here</source>
        <translation>Modification dans la base d’équipe : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/offline_dialog.py" />
        <source>{0} added here</source>
        <translation>Ajout dans la base d’équipe : {0}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" />
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" />
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
</TS>
