"""The main window and what belongs to it as a whole: file operations, analysis wiring,
drops, actions and menus, the work area, start panel, preferences, dialogs and the app."""
