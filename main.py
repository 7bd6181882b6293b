"""Start Chancery (the same as the ``chancery`` command)."""

from desktop_app.app import main

if __name__ == "__main__":
    main()
