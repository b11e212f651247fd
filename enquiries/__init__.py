"""The rules of Enquiry Desk: pure Python, shared by the central server and the desktop client."""
