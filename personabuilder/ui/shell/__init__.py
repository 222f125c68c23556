"""The main window, its sidebar, menus, preferences, welcome tour and workspace dialogs."""
