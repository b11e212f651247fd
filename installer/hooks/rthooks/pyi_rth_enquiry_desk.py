"""Stands in for PyInstaller's run-time hooks of multiprocessing and inspect (installer/hooks/
rthooks.dat says why they are not needed): does nothing."""
