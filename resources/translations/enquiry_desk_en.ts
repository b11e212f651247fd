<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enquiry Desk</source>
        <translation>About Enquiry Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Runs on Python %1 and Qt %2.</source>
        <translation>Runs on Python %1 and Qt %2.</translation>
    </message>
    <message>
        <source>Enquiry Desk uses the libraries below under their licences. Qt and PySide6 are used under the GNU Lesser General Public License, version 3: they are separate libraries in the installation folder and can be replaced by compatible builds. Each library&apos;s licence text is installed with it, in its metadata folder.</source>
        <translation>Enquiry Desk uses the libraries below under their licences. Qt and PySide6 are used under the GNU Lesser General Public License, version 3: they are separate libraries in the installation folder and can be replaced by compatible builds. Each library&apos;s licence text is installed with it, in its metadata folder.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Libraries and their licences</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Login (e-mail)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The person gets an e-mail with a link to choose their password.</source>
        <translation>The person gets an e-mail with a link to choose their password.</translation>
    </message>
    <message>
        <source>The login is the person&apos;s e-mail address.</source>
        <translation>The login is the person&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Please enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>New enquiry…</source>
        <translation>New enquiry…</translation>
    </message>
    <message>
        <source>Accept enquiry</source>
        <translation>Accept enquiry</translation>
    </message>
    <message>
        <source>Decline enquiry…</source>
        <translation>Decline enquiry…</translation>
    </message>
    <message>
        <source>Assign to a person…</source>
        <translation>Assign to a person…</translation>
    </message>
    <message>
        <source>Revoke assignment</source>
        <translation>Revoke assignment</translation>
    </message>
    <message>
        <source>Reject assignment…</source>
        <translation>Reject assignment…</translation>
    </message>
    <message>
        <source>Offer to a partner…</source>
        <translation>Offer to a partner…</translation>
    </message>
    <message>
        <source>Revoke offer</source>
        <translation>Revoke offer</translation>
    </message>
    <message>
        <source>Edit contact data…</source>
        <translation>Edit contact data…</translation>
    </message>
    <message>
        <source>Choose colleague…</source>
        <translation>Choose colleague…</translation>
    </message>
    <message>
        <source>Remove colleague</source>
        <translation>Remove colleague</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Attach document…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <source>Assign externally…</source>
        <translation>Assign externally…</translation>
    </message>
    <message>
        <source>Send external e-mail again</source>
        <translation>Send external e-mail again</translation>
    </message>
    <message>
        <source>Communicate changes externally</source>
        <translation>Communicate changes externally</translation>
    </message>
    <message>
        <source>Record external step…</source>
        <translation>Record external step…</translation>
    </message>
    <message>
        <source>Check for duplicates…</source>
        <translation>Check for duplicates…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Close as won or lost…</source>
        <translation>Close as won or lost…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Decline enquiry</source>
        <translation>Decline enquiry</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Why do you decline it?</translation>
    </message>
    <message>
        <source>Reject assignment</source>
        <translation>Reject assignment</translation>
    </message>
    <message>
        <source>Why do you hand it back?</source>
        <translation>Why do you hand it back?</translation>
    </message>
    <message>
        <source>Discard enquiry</source>
        <translation>Discard enquiry</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Why is it discarded?</translation>
    </message>
    <message>
        <source>Assign to a person</source>
        <translation>Assign to a person</translation>
    </message>
    <message>
        <source>Choose colleague</source>
        <translation>Choose colleague</translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation>Edit contact data</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>New enquiry</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Attach document</translation>
    </message>
    <message>
        <source>Attaching a file needs a connection to the server. Please try again when you are online.</source>
        <translation>Attaching a file needs a connection to the server. Please try again when you are online.</translation>
    </message>
    <message>
        <source>Opening a document needs a connection to the server.</source>
        <translation>Opening a document needs a connection to the server.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Dealer page</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Partner companies</source>
        <translation>Partner companies</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Intake keys</source>
        <translation>Intake keys</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
</context>
<context>
    <name>AdminRefusal</name>
    <message>
        <source>The server does not offer this (is it an older version?).</source>
        <translation>The server does not offer this (is it an older version?).</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>The server could not read the request.</translation>
    </message>
    <message>
        <source>This is more than the server takes at once.</source>
        <translation>This is more than the server takes at once.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>This does not exist (any more).</source>
        <translation>This does not exist (any more).</translation>
    </message>
    <message>
        <source>This company does not exist (any more).</source>
        <translation>This company does not exist (any more).</translation>
    </message>
    <message>
        <source>This partner company does not exist (any more).</source>
        <translation>This partner company does not exist (any more).</translation>
    </message>
    <message>
        <source>This person does not exist (any more).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <source>The person to hand the enquiries to does not exist (any more).</source>
        <translation>The person to hand the enquiries to does not exist (any more).</translation>
    </message>
    <message>
        <source>This route does not exist (any more).</source>
        <translation>This route does not exist (any more).</translation>
    </message>
    <message>
        <source>This intake key does not exist (any more).</source>
        <translation>This intake key does not exist (any more).</translation>
    </message>
    <message>
        <source>This device does not exist (any more).</source>
        <translation>This device does not exist (any more).</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>The server did not accept the request.</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>please fill this in.</translation>
    </message>
    <message>
        <source>at least %2 characters.</source>
        <translation>at least %2 characters.</translation>
    </message>
    <message>
        <source>at most %2 characters.</source>
        <translation>at most %2 characters.</translation>
    </message>
    <message>
        <source>at least %2 entries.</source>
        <translation>at least %2 entries.</translation>
    </message>
    <message>
        <source>at most %2 entries.</source>
        <translation>at most %2 entries.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>the server does not know this field (is it an older version?).</source>
        <translation>the server does not know this field (is it an older version?).</translation>
    </message>
    <message>
        <source>this value is not valid.</source>
        <translation>this value is not valid.</translation>
    </message>
    <message>
        <source>The server has no head office yet: it must first be set up (enquiry-server init).</source>
        <translation>The server has no head office yet: it must first be set up (enquiry-server init).</translation>
    </message>
    <message>
        <source>Unknown country code “%1”: use two letters such as IT, DE or AT.</source>
        <translation>Unknown country code “%1”: use two letters such as IT, DE or AT.</translation>
    </message>
    <message>
        <source>“%1” is not a region of this country with its own public holidays.</source>
        <translation>“%1” is not a region of this country with its own public holidays.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: use a name such as Europe/Rome or Europe/Berlin.</source>
        <translation>Unknown time zone “%1”: use a name such as Europe/Rome or Europe/Berlin.</translation>
    </message>
    <message>
        <source>This is not a postcode range or prefix.</source>
        <translation>This is not a postcode range or prefix.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode range or prefix such as 80000-87999 or 39.</source>
        <translation>“%1” is not a postcode range or prefix such as 80000-87999 or 39.</translation>
    </message>
    <message>
        <source>“%1”: a range has exactly one dash, LOW-HIGH.</source>
        <translation>“%1”: a range has exactly one dash, LOW-HIGH.</translation>
    </message>
    <message>
        <source>“%1”: both ends of a range need the same number of characters.</source>
        <translation>“%1”: both ends of a range need the same number of characters.</translation>
    </message>
    <message>
        <source>“%1”: the range ends below its start.</source>
        <translation>“%1”: the range ends below its start.</translation>
    </message>
    <message>
        <source>each entry is a range LOW-HIGH (e.g. 80000-87999).</source>
        <translation>each entry is a range LOW-HIGH (e.g. 80000-87999).</translation>
    </message>
    <message>
        <source>a prefix has no dash (e.g. 39); a range is written LOW-HIGH.</source>
        <translation>a prefix has no dash (e.g. 39); a range is written LOW-HIGH.</translation>
    </message>
    <message>
        <source>An active company is already called “%1”: choose a distinct name.</source>
        <translation>An active company is already called “%1”: choose a distinct name.</translation>
    </message>
    <message>
        <source>there is no such partner company.</source>
        <translation>there is no such partner company.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 is deactivated.</translation>
    </message>
    <message>
        <source>there is no such head-office person.</source>
        <translation>there is no such head-office person.</translation>
    </message>
    <message>
        <source>there is no such person at %1.</source>
        <translation>there is no such person at %1.</translation>
    </message>
    <message>
        <source>The chain is not valid.</source>
        <translation>The chain is not valid.</translation>
    </message>
    <message>
        <source>add at least one partner or head-office person.</source>
        <translation>add at least one partner or head-office person.</translation>
    </message>
    <message>
        <source>at most %2 steps.</source>
        <translation>at most %2 steps.</translation>
    </message>
    <message>
        <source>%1 is already in the chain.</source>
        <translation>%1 is already in the chain.</translation>
    </message>
    <message>
        <source>each step is a partner or a head-office person.</source>
        <translation>each step is a partner or a head-office person.</translation>
    </message>
    <message>
        <source>These roles are not valid here.</source>
        <translation>These roles are not valid here.</translation>
    </message>
    <message>
        <source>choose at least one role.</source>
        <translation>choose at least one role.</translation>
    </message>
    <message>
        <source>not for people of this company: %1.</source>
        <translation>not for people of this company: %1.</translation>
    </message>
    <message>
        <source>Another account already uses this login.</source>
        <translation>Another account already uses this login.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>%1 works for another company.</source>
        <translation>%1 works for another company.</translation>
    </message>
    <message>
        <source>Choose someone else to hand these enquiries to.</source>
        <translation>Choose someone else to hand these enquiries to.</translation>
    </message>
    <message>
        <source>This invitation or reset code is not valid (any more): ask your administrator for a new one.</source>
        <translation>This invitation or reset code is not valid (any more): ask your administrator for a new one.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>choose a password different from the current one.</source>
        <translation>choose a password different from the current one.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Login (e-mail)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Hand these to</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chain, step %1</source>
        <translation>Chain, step %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entry %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose a row to see its details.</source>
        <translation>Choose a row to see its details.</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Field rep</source>
        <translation>Field rep</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact was made</source>
        <translation>Contact was made</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(no rating)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Field-service appointment</source>
        <translation>Field-service appointment</translation>
    </message>
    <message>
        <source>The field rep receives the call protocol by e-mail.</source>
        <translation>The field rep receives the call protocol by e-mail.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ChainEditor</name>
    <message>
        <source>%1 (partner)</source>
        <translation>%1 (partner)</translation>
    </message>
    <message>
        <source>%1 (partner: %2)</source>
        <translation>%1 (partner: %2)</translation>
    </message>
    <message>
        <source>%1 (head office)</source>
        <translation>%1 (head office)</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – no longer active</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Partner or head-office person to add</source>
        <translation>Partner or head-office person to add</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Your other devices are signed out and need the new password.</source>
        <translation>Your other devices are signed out and need the new password.</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <source>dealer page</source>
        <translation>dealer page</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>showroom</source>
        <translation>showroom</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close enquiry</source>
        <translation>Close enquiry</translation>
    </message>
    <message>
        <source>Won: the customer ordered</source>
        <translation>Won: the customer ordered</translation>
    </message>
    <message>
        <source>Lost: no order</source>
        <translation>Lost: no order</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Please choose won or lost.</source>
        <translation>Please choose won or lost.</translation>
    </message>
</context>
<context>
    <name>ColleagueTile</name>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation>Choose a colleague</translation>
    </message>
    <message>
        <source>Remove the colleague</source>
        <translation>Remove the colleague</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>CompaniesTab</name>
    <message>
        <source>New partner…</source>
        <translation>New partner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2 meets %3)</source>
        <translation>Overlaps %1 (%2 meets %3)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>Deactivate partner</source>
        <translation>Deactivate partner</translation>
    </message>
    <message>
        <source>%1 gets no new offers; its pending offers move on along their chains.</source>
        <translation>%1 gets no new offers; its pending offers move on along their chains.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit partner company</source>
        <translation>Edit partner company</translation>
    </message>
    <message>
        <source>New partner company</source>
        <translation>New partner company</translation>
    </message>
    <message>
        <source>DE, IT, AT…</source>
        <translation>DE, IT, AT…</translation>
    </message>
    <message>
        <source>e.g. BY (for public holidays)</source>
        <translation>e.g. BY (for public holidays)</translation>
    </message>
    <message>
        <source>80000-87999, 39</source>
        <translation>80000-87999, 39</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Please enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>The country is a two-letter code such as DE or IT.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Please enter at least a last name, an e-mail address or a phone number.</source>
        <translation>Please enter at least a last name, an e-mail address or a phone number.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Please enter a valid e-mail address.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE, IT or AT.</source>
        <translation>The country is a two-letter code such as DE, IT or AT.</translation>
    </message>
</context>
<context>
    <name>ContactStatusDialog</name>
    <message>
        <source>Call centre</source>
        <translation>Call centre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(no rating)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When marked done, an entry is written to the contact history</source>
        <translation>When marked done, an entry is written to the contact history</translation>
    </message>
    <message>
        <source>, with these notes.</source>
        <translation>, with these notes.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Field service</translation>
    </message>
    <message>
        <source>The protocol e-mail to the field rep is not sent from this dialog; please tell the field reps concerned yourself.</source>
        <translation>The protocol e-mail to the field rep is not sent from this dialog; please tell the field reps concerned yourself.</translation>
    </message>
    <message>
        <source>Contact was already made and this survey does not let agents switch; the follow-up is moved to another agent anyway (e.g. when the agent is ill).</source>
        <translation>Contact was already made and this survey does not let agents switch; the follow-up is moved to another agent anyway (e.g. when the agent is ill).</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Enquiry Desk ran into an unexpected problem. Your changes are safe. Details were written to %1.</source>
        <translation>Enquiry Desk ran into an unexpected problem. Your changes are safe. Details were written to %1.</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <source>New offer</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Offer: 8 working hours left</source>
        <translation>Offer: 8 working hours left</translation>
    </message>
    <message>
        <source>… and %1 more new offers or reminders</source>
        <translation>… and %1 more new offers or reminders</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Enquiry details</source>
        <translation>Enquiry details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>In charge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>External assignment</source>
        <translation>External assignment</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Select an enquiry to see its details.</source>
        <translation>Select an enquiry to see its details.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Changed by someone else since you took it</source>
        <translation>Changed by someone else since you took it</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation> (waiting to be sent)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Offered to</translation>
    </message>
    <message>
        <source>your company: accept it to see the contact and work on it</source>
        <translation>your company: accept it to see the contact and work on it</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Contact (anonymised until accepted)</source>
        <translation>Contact (anonymised until accepted)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>No notes, documents or tasks yet.</source>
        <translation>No notes, documents or tasks yet.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>E-mails sent</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Sign out this device</source>
        <translation>Sign out this device</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>The device was signed out.</source>
        <translation>The device was signed out.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the report</source>
        <translation>Back to the report</translation>
    </message>
    <message>
        <source>Show all enquiries</source>
        <translation>Show all enquiries</translation>
    </message>
    <message>
        <source>Report: %1 — %2 enquiries</source>
        <translation>Report: %1 — %2 enquiries</translation>
    </message>
    <message>
        <source>(%1 of them are not in your list)</source>
        <translation>(%1 of them are not in your list)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Check for duplicates</source>
        <translation>Check for duplicates</translation>
    </message>
    <message>
        <source>matches:</source>
        <translation>matches:</translation>
    </message>
    <message>
        <source>%1 %2 may already be one of your contacts.</source>
        <translation>%1 %2 may already be one of your contacts.</translation>
    </message>
    <message>
        <source>No existing contact matches this enquiry.</source>
        <translation>No existing contact matches this enquiry.</translation>
    </message>
    <message>
        <source>Link to the selected contact</source>
        <translation>Link to the selected contact</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Create a new contact</translation>
    </message>
    <message>
        <source>Please choose a contact or create a new one.</source>
        <translation>Please choose a contact or create a new one.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>similar name, same postcode</source>
        <translation>similar name, same postcode</translation>
    </message>
</context>
<context>
    <name>EnquiryList</name>
    <message>
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
</context>
<context>
    <name>EnquiryListModel</name>
    <message>
        <source>Changed by someone else: %s</source>
        <translation>Changed by someone else: %s</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymised)</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>routed</source>
        <translation>routed</translation>
    </message>
    <message>
        <source>assigned to {detail}</source>
        <translation>assigned to {detail}</translation>
    </message>
    <message>
        <source>assignment revoked</source>
        <translation>assignment revoked</translation>
    </message>
    <message>
        <source>assignment rejected: {detail}</source>
        <translation>assignment rejected: {detail}</translation>
    </message>
    <message>
        <source>colleague set: {detail}</source>
        <translation>colleague set: {detail}</translation>
    </message>
    <message>
        <source>colleague removed</source>
        <translation>colleague removed</translation>
    </message>
    <message>
        <source>offered to {detail}</source>
        <translation>offered to {detail}</translation>
    </message>
    <message>
        <source>offer revoked</source>
        <translation>offer revoked</translation>
    </message>
    <message>
        <source>offer accepted</source>
        <translation>offer accepted</translation>
    </message>
    <message>
        <source>offer declined: {detail}</source>
        <translation>offer declined: {detail}</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>deadline passed</translation>
    </message>
    <message>
        <source>forwarded to {detail}</source>
        <translation>forwarded to {detail}</translation>
    </message>
    <message>
        <source>returned: nobody accepted in time</source>
        <translation>returned: nobody accepted in time</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>closed: {detail}</source>
        <translation>closed: {detail}</translation>
    </message>
    <message>
        <source>contact data changed: {detail}</source>
        <translation>contact data changed: {detail}</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>note added</translation>
    </message>
    <message>
        <source>document added: {detail}</source>
        <translation>document added: {detail}</translation>
    </message>
    <message>
        <source>task added: {detail}</source>
        <translation>task added: {detail}</translation>
    </message>
    <message>
        <source>assigned externally to {detail}</source>
        <translation>assigned externally to {detail}</translation>
    </message>
    <message>
        <source>external e-mail sent again</source>
        <translation>external e-mail sent again</translation>
    </message>
    <message>
        <source>changes sent externally: {detail}</source>
        <translation>changes sent externally: {detail}</translation>
    </message>
    <message>
        <source>external step recorded</source>
        <translation>external step recorded</translation>
    </message>
    <message>
        <source>linked to a contact</source>
        <translation>linked to a contact</translation>
    </message>
    <message>
        <source>changes seen</source>
        <translation>changes seen</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Table as CSV…</source>
        <translation>Table as CSV…</translation>
    </message>
    <message>
        <source>Table and enquiries as Excel workbook…</source>
        <translation>Table and enquiries as Excel workbook…</translation>
    </message>
    <message>
        <source>Enquiries behind the report as CSV…</source>
        <translation>Enquiries behind the report as CSV…</translation>
    </message>
    <message>
        <source>One-page summary as PDF…</source>
        <translation>One-page summary as PDF…</translation>
    </message>
    <message>
        <source>enquiry-report</source>
        <translation>enquiry-report</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>There is no report to export yet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Export the enquiries</source>
        <translation>Export the enquiries</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Export a summary</source>
        <translation>Export a summary</translation>
    </message>
</context>
<context>
    <name>ExternalDialog</name>
    <message>
        <source>Assign externally by e-mail</source>
        <translation>Assign externally by e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>You stay in charge. The assignment cannot be revoked, only sent again.</source>
        <translation>You stay in charge. The assignment cannot be revoked, only sent again.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Please enter a valid e-mail address.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The disk is full. Free some space; nothing you entered was lost.</source>
        <translation>The disk is full. Free some space; nothing you entered was lost.</translation>
    </message>
    <message>
        <source>Enquiry Desk may not read or write %1.</source>
        <translation>Enquiry Desk may not read or write %1.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>The file could not be read or written: %1</translation>
    </message>
    <message>
        <source>The local data is busy (another Enquiry Desk window?). Please try again.</source>
        <translation>The local data is busy (another Enquiry Desk window?). Please try again.</translation>
    </message>
    <message>
        <source>Files may be at most 20 MB.</source>
        <translation>Files may be at most 20 MB.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>The server refused this change.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Enquiries held by %1</source>
        <translation>Enquiries held by %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n open enquiries:</source>
        <translation>
            <numerusform>%1 holds %n open enquiry:</numerusform>
            <numerusform>%1 holds %n open enquiries:</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Hand these to</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>There is no active colleague to hand them to.</source>
        <translation>There is no active colleague to hand them to.</translation>
    </message>
</context>
<context>
    <name>IntakeKeyDialog</name>
    <message>
        <source>New intake key</source>
        <translation>New intake key</translation>
    </message>
    <message>
        <source>e.g. website contact form</source>
        <translation>e.g. website contact form</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Dealer page</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Please enter a label to tell the key apart.</source>
        <translation>Please enter a label to tell the key apart.</translation>
    </message>
    <message>
        <source>A dealer page&apos;s key belongs to a partner: choose one.</source>
        <translation>A dealer page&apos;s key belongs to a partner: choose one.</translation>
    </message>
</context>
<context>
    <name>IntakeKeysTab</name>
    <message>
        <source>New key…</source>
        <translation>New key…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Key %1 was issued.</source>
        <translation>Key %1 was issued.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Forms using %1 stop being accepted at once.</source>
        <translation>Forms using %1 stop being accepted at once.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Key %1 was revoked.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>I have an invitation</source>
        <translation>I have an invitation</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>the code from the e-mail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>The server address starts with https:// (or http:// on a local network).</translation>
    </message>
    <message>
        <source>Please paste the code from the e-mail.</source>
        <translation>Please paste the code from the e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Setting the password…</translation>
    </message>
</context>
<context>
    <name>KeySecretDialog</name>
    <message>
        <source>The new intake key</source>
        <translation>The new intake key</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only this once. Give it to whoever runs the form.</source>
        <translation>Copy the key now: it is shown only this once. Give it to whoever runs the form.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Enquiry Desk — %1</source>
        <translation>Enquiry Desk — %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Search enquiries…</source>
        <translation>Search enquiries…</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Search enquiries</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Quick filters</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>%1
The data of this sign-in was removed from this computer.</source>
        <translation>%1
The data of this sign-in was removed from this computer.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n new</source>
        <translation>
            <numerusform>Notifications: %n new</numerusform>
            <numerusform>Notifications: %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notification settings were saved.</source>
        <translation>Your notification settings were saved.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>{number} was assigned to you</source>
        <translation>{number} was assigned to you</translation>
    </message>
    <message>
        <source>{number} was offered to you</source>
        <translation>{number} was offered to you</translation>
    </message>
    <message>
        <source>{number} was forwarded to you</source>
        <translation>{number} was forwarded to you</translation>
    </message>
    <message>
        <source>{number} was routed to you</source>
        <translation>{number} was routed to you</translation>
    </message>
    <message>
        <source>{number}: the partner accepted</source>
        <translation>{number}: the partner accepted</translation>
    </message>
    <message>
        <source>{number}: the partner declined</source>
        <translation>{number}: the partner declined</translation>
    </message>
    <message>
        <source>{number}: the deadline passed</source>
        <translation>{number}: the deadline passed</translation>
    </message>
    <message>
        <source>{number} came back: nobody accepted in time</source>
        <translation>{number} came back: nobody accepted in time</translation>
    </message>
    <message>
        <source>{number} was handed back to you</source>
        <translation>{number} was handed back to you</translation>
    </message>
    <message>
        <source>{number}: the assignment was revoked</source>
        <translation>{number}: the assignment was revoked</translation>
    </message>
    <message>
        <source>{number}: the offer was revoked</source>
        <translation>{number}: the offer was revoked</translation>
    </message>
    <message>
        <source>You are now in charge of {number}</source>
        <translation>You are now in charge of {number}</translation>
    </message>
    <message>
        <source>{number}: a note was added</source>
        <translation>{number}: a note was added</translation>
    </message>
    <message>
        <source>{number}: a document was added</source>
        <translation>{number}: a document was added</translation>
    </message>
    <message>
        <source>{number}: a task was added</source>
        <translation>{number}: a task was added</translation>
    </message>
    <message>
        <source>{number}: contact data changed</source>
        <translation>{number}: contact data changed</translation>
    </message>
    <message>
        <source>{number} is new for you</source>
        <translation>{number} is new for you</translation>
    </message>
    <message>
        <source>{number}: 8 working hours left to answer the offer</source>
        <translation>{number}: 8 working hours left to answer the offer</translation>
    </message>
</context>
<context>
    <name>NotificationPrefsDialog</name>
    <message>
        <source>New offers</source>
        <translation>New offers</translation>
    </message>
    <message>
        <source>Deadline reminders (8 working hours left)</source>
        <translation>Deadline reminders (8 working hours left)</translation>
    </message>
    <message>
        <source>Enquiries assigned or handed back to me</source>
        <translation>Enquiries assigned or handed back to me</translation>
    </message>
    <message>
        <source>What others do on my enquiries</source>
        <translation>What others do on my enquiries</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>no e-mail</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message>
        <source>in the daily digest</source>
        <translation>in the daily digest</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>In the app</translation>
    </message>
    <message>
        <source>Desktop message</source>
        <translation>Desktop message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Daily digest at</source>
        <translation>Daily digest at</translation>
    </message>
    <message>
        <source>Language of the e-mails</source>
        <translation>Language of the e-mails</translation>
    </message>
    <message>
        <source>The digest hour is in your company&apos;s time zone (%1).</source>
        <translation>The digest hour is in your company&apos;s time zone (%1).</translation>
    </message>
    <message>
        <source>New offers and reminders must reach you somehow: an offer expires in 48 working hours.</source>
        <translation>New offers and reminders must reach you somehow: an offer expires in 48 working hours.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Mark read</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n new</numerusform>
            <numerusform>%1 — %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer to a partner</source>
        <translation>Offer to a partner</translation>
    </message>
    <message>
        <source>%1 (suggested by routing, %2.)</source>
        <translation>%1 (suggested by routing, %2.)</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>Search partners…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Search partners</translation>
    </message>
    <message>
        <source>Person at the partner</source>
        <translation>Person at the partner</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Person (optional)</translation>
    </message>
    <message>
        <source>anyone at the partner</source>
        <translation>anyone at the partner</translation>
    </message>
    <message>
        <source>Please choose a partner.</source>
        <translation>Please choose a partner.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Send password link</source>
        <translation>Send password link</translation>
    </message>
    <message>
        <source>Held enquiries…</source>
        <translation>Held enquiries…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>%1 was added and invited by e-mail.</source>
        <translation>%1 was added and invited by e-mail.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere at once and can no longer sign in.</source>
        <translation>%1 is signed out everywhere at once and can no longer sign in.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <source>%1 holds no open enquiries.</source>
        <translation>%1 holds no open enquiries.</translation>
    </message>
    <message>
        <source>%1 handed over, %2 refused.</source>
        <translation>%1 handed over, %2 refused.</translation>
    </message>
    <message>
        <source>%1 gets an e-mail with a link to choose a new password.</source>
        <translation>%1 gets an e-mail with a link to choose a new password.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Please choose a person.</source>
        <translation>Please choose a person.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address-book entries</source>
        <translation>Address-book entries</translation>
    </message>
    <message>
        <source>Call-centre contacts</source>
        <translation>Call-centre contacts</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Personal data held about one person</source>
        <translation>Personal data held about one person</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Product interest</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Responsible (controller)</source>
        <translation>Responsible (controller)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <source>This request needs a connection to the server. Please try again when you are online.</source>
        <translation>This request needs a connection to the server. Please try again when you are online.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good?</source>
        <translation>Erase the personal data of %1 for good?</translation>
    </message>
    <message>
        <source>The enquiry with its contact data, notes, files and e-mails, the same person&apos;s address-book entries and call-centre contacts are removed from the server and, at their next synchronisation, from every computer. This cannot be undone.</source>
        <translation>The enquiry with its contact data, notes, files and e-mails, the same person&apos;s address-book entries and call-centre contacts are removed from the server and, at their next synchronisation, from every computer. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased: %n item(s) removed.</source>
        <translation>
            <numerusform>Personal data erased: %n item removed.</numerusform>
            <numerusform>Personal data erased: %n items removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>personal-data-%1.pdf</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message>
        <source>Personal data exported to %1 and %2.</source>
        <translation>Personal data exported to %1 and %2.</translation>
    </message>
</context>
<context>
    <name>QuickFilter</name>
    <message>
        <source>All enquiries</source>
        <translation>All enquiries</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Offered to us</source>
        <translation>Offered to us</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>Assigned by me</translation>
    </message>
    <message>
        <source>Expired / returned</source>
        <translation>Expired / returned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This enquiry does not exist or is not visible to you.</source>
        <translation>This enquiry does not exist or is not visible to you.</translation>
    </message>
    <message>
        <source>The personal data of this enquiry was erased (data protection); the change was not applied.</source>
        <translation>The personal data of this enquiry was erased (data protection); the change was not applied.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>This contact does not exist or is not visible to you.</translation>
    </message>
    <message>
        <source>The file for this document has not been uploaded.</source>
        <translation>The file for this document has not been uploaded.</translation>
    </message>
    <message>
        <source>An enquiry with this id already exists.</source>
        <translation>An enquiry with this id already exists.</translation>
    </message>
    <message>
        <source>Only the person in charge of this enquiry may do this.</source>
        <translation>Only the person in charge of this enquiry may do this.</translation>
    </message>
    <message>
        <source>Only people of the company that owns this enquiry may do this.</source>
        <translation>Only people of the company that owns this enquiry may do this.</translation>
    </message>
    <message>
        <source>Only the person who assigned this enquiry may revoke it.</source>
        <translation>Only the person who assigned this enquiry may revoke it.</translation>
    </message>
    <message>
        <source>This enquiry is not assigned to anyone to take back.</source>
        <translation>This enquiry is not assigned to anyone to take back.</translation>
    </message>
    <message>
        <source>Only head office may offer enquiries to partners.</source>
        <translation>Only head office may offer enquiries to partners.</translation>
    </message>
    <message>
        <source>This enquiry is not waiting for a decision.</source>
        <translation>This enquiry is not waiting for a decision.</translation>
    </message>
    <message>
        <source>This enquiry was not offered to your company.</source>
        <translation>This enquiry was not offered to your company.</translation>
    </message>
    <message>
        <source>Accept the offer before working on this enquiry.</source>
        <translation>Accept the offer before working on this enquiry.</translation>
    </message>
    <message>
        <source>This enquiry is already offered to a partner.</source>
        <translation>This enquiry is already offered to a partner.</translation>
    </message>
    <message>
        <source>This enquiry has already been accepted.</source>
        <translation>This enquiry has already been accepted.</translation>
    </message>
    <message>
        <source>The deadline for this offer passed on {deadline}; it has gone back to head office.</source>
        <translation>The deadline for this offer passed on {deadline}; it has gone back to head office.</translation>
    </message>
    <message>
        <source>The time to decide on this offer ran out; it has gone back to head office.</source>
        <translation>The time to decide on this offer ran out; it has gone back to head office.</translation>
    </message>
    <message>
        <source>Head office has withdrawn this offer.</source>
        <translation>Head office has withdrawn this offer.</translation>
    </message>
    <message>
        <source>The deadline of this offer has not passed yet.</source>
        <translation>The deadline of this offer has not passed yet.</translation>
    </message>
    <message>
        <source>This enquiry is closed and cannot be changed.</source>
        <translation>This enquiry is closed and cannot be changed.</translation>
    </message>
    <message>
        <source>This is not possible while the enquiry is {status}.</source>
        <translation>This is not possible while the enquiry is {status}.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>This person does not exist or is not visible to you.</source>
        <translation>This person does not exist or is not visible to you.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot take enquiries.</source>
        <translation>{name} is no longer active and cannot take enquiries.</translation>
    </message>
    <message>
        <source>{name} works for another company.</source>
        <translation>{name} works for another company.</translation>
    </message>
    <message>
        <source>{name} is already in charge of this enquiry.</source>
        <translation>{name} is already in charge of this enquiry.</translation>
    </message>
    <message>
        <source>This company does not exist or is not a partner.</source>
        <translation>This company does not exist or is not a partner.</translation>
    </message>
    <message>
        <source>This partner is no longer active.</source>
        <translation>This partner is no longer active.</translation>
    </message>
    <message>
        <source>This partner has already declined this enquiry.</source>
        <translation>This partner has already declined this enquiry.</translation>
    </message>
    <message>
        <source>This enquiry is already assigned externally; you can only send it again.</source>
        <translation>This enquiry is already assigned externally; you can only send it again.</translation>
    </message>
    <message>
        <source>This enquiry has not been assigned externally.</source>
        <translation>This enquiry has not been assigned externally.</translation>
    </message>
    <message>
        <source>External steps can be recorded only for enquiries of type offer.</source>
        <translation>External steps can be recorded only for enquiries of type offer.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Please enter a valid e-mail address.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last message.</source>
        <translation>Nothing has changed since the last message.</translation>
    </message>
    <message>
        <source>This item was already added.</source>
        <translation>This item was already added.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Only survey managers may change a contact&apos;s status.</source>
        <translation>Only survey managers may change a contact&apos;s status.</translation>
    </message>
    <message>
        <source>This contact is not assigned to you in this survey.</source>
        <translation>This contact is not assigned to you in this survey.</translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile; please open it again and check.</source>
        <translation>Someone else changed this contact meanwhile; please open it again and check.</translation>
    </message>
    <message>
        <source>This rating is not on the survey&apos;s scale.</source>
        <translation>This rating is not on the survey&apos;s scale.</translation>
    </message>
    <message>
        <source>A follow-up must lie in the future.</source>
        <translation>A follow-up must lie in the future.</translation>
    </message>
    <message>
        <source>A contact that is done needs no follow-up.</source>
        <translation>A contact that is done needs no follow-up.</translation>
    </message>
    <message>
        <source>This agent does not work on this survey.</source>
        <translation>This agent does not work on this survey.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} is no longer active.</translation>
    </message>
    <message>
        <source>This survey does not arrange field-service appointments.</source>
        <translation>This survey does not arrange field-service appointments.</translation>
    </message>
    <message>
        <source>Please choose the field rep for the appointment.</source>
        <translation>Please choose the field rep for the appointment.</translation>
    </message>
    <message>
        <source>This field rep is not known or no longer active.</source>
        <translation>This field rep is not known or no longer active.</translation>
    </message>
    <message>
        <source>The appointment must lie in the future.</source>
        <translation>The appointment must lie in the future.</translation>
    </message>
    <message>
        <source>Please enter where the appointment takes place.</source>
        <translation>Please enter where the appointment takes place.</translation>
    </message>
    <message>
        <source>This survey&apos;s period is over.</source>
        <translation>This survey&apos;s period is over.</translation>
    </message>
    <message>
        <source>The request is incomplete or malformed: {detail}</source>
        <translation>The request is incomplete or malformed: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>Accept rate</translation>
    </message>
    <message>
        <source>Time to decision, median (working h)</source>
        <translation>Time to decision, median (working h)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (working h)</source>
        <translation>Time to decision, p90 (working h)</translation>
    </message>
    <message>
        <source>Time to decision, median (clock h)</source>
        <translation>Time to decision, median (clock h)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (clock h)</source>
        <translation>Time to decision, p90 (clock h)</translation>
    </message>
    <message>
        <source>Decided within 48 working hours</source>
        <translation>Decided within 48 working hours</translation>
    </message>
    <message>
        <source>Processed further</source>
        <translation>Processed further</translation>
    </message>
    <message>
        <source>Processed further (share)</source>
        <translation>Processed further (share)</translation>
    </message>
    <message>
        <source>Time to first step, median (working h)</source>
        <translation>Time to first step, median (working h)</translation>
    </message>
    <message>
        <source>Silent for 14 days</source>
        <translation>Silent for 14 days</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>Postcode area</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Product interest</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Offer round</source>
        <translation>Offer round</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>by date received</source>
        <translation>by date received</translation>
    </message>
    <message>
        <source>by date decided</source>
        <translation>by date decided</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>with head office</source>
        <translation>with head office</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Previous range</translation>
    </message>
    <message>
        <source>Outcome of the offers by %1</source>
        <translation>Outcome of the offers by %1</translation>
    </message>
    <message>
        <source>Outcome of the offers</source>
        <translation>Outcome of the offers</translation>
    </message>
    <message>
        <source>Offer rounds</source>
        <translation>Offer rounds</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Others (%1)</translation>
    </message>
    <message>
        <source>Volume over time</source>
        <translation>Volume over time</translation>
    </message>
    <message>
        <source>Time to decision: median %1 h, p90 %2 h</source>
        <translation>Time to decision: median %1 h, p90 %2 h</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Time to decision</translation>
    </message>
    <message>
        <source>Working hours from offer to answer</source>
        <translation>Working hours from offer to answer</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>From enquiry to processing (% of received)</source>
        <translation>From enquiry to processing (% of received)</translation>
    </message>
    <message>
        <source>No enquiries in this range</source>
        <translation>No enquiries in this range</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>processed further</source>
        <translation>processed further</translation>
    </message>
    <message>
        <source>decided after %1–%2 working hours</source>
        <translation>decided after %1–%2 working hours</translation>
    </message>
    <message>
        <source>decided after %1 working hours or more</source>
        <translation>decided after %1 working hours or more</translation>
    </message>
    <message>
        <source>Range: %1 – %2, %3</source>
        <translation>Range: %1 – %2, %3</translation>
    </message>
    <message>
        <source>Range: all dates, %1</source>
        <translation>Range: all dates, %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>Filters: none</translation>
    </message>
    <message>
        <source>Figures of %1 (time zone %2)</source>
        <translation>Figures of %1 (time zone %2)</translation>
    </message>
    <message>
        <source>Figure shown: %1</source>
        <translation>Figure shown: %1</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 more rows</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Grouped</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>back to head office</source>
        <translation>back to head office</translation>
    </message>
    <message>
        <source>partner deactivated</source>
        <translation>partner deactivated</translation>
    </message>
    <message>
        <source>Enquiry report</source>
        <translation>Enquiry report</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Offered at</source>
        <translation>Offered at</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Time to decision (working h)</source>
        <translation>Time to decision (working h)</translation>
    </message>
    <message>
        <source>Time to decision (clock h)</source>
        <translation>Time to decision (clock h)</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>First step at</source>
        <translation>First step at</translation>
    </message>
    <message>
        <source>Time to first step (working h)</source>
        <translation>Time to first step (working h)</translation>
    </message>
    <message>
        <source>Time to first step (clock h)</source>
        <translation>Time to first step (clock h)</translation>
    </message>
    <message>
        <source>Latest step at</source>
        <translation>Latest step at</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>first activity (note, document, task or contact)</source>
        <translation>first activity (note, document, task or contact)</translation>
    </message>
    <message>
        <source>handed to an external colleague</source>
        <translation>handed to an external colleague</translation>
    </message>
    <message>
        <source>consultation appointment</source>
        <translation>consultation appointment</translation>
    </message>
    <message>
        <source>offer handed over</source>
        <translation>offer handed over</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Compare with the previous range</source>
        <translation>Compare with the previous range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Report table</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no report was fetched before.</source>
        <translation>The server cannot be reached, and no report was fetched before.</translation>
    </message>
    <message>
        <source>Offline: the report fetched on %1, with the filters of then.</source>
        <translation>Offline: the report fetched on %1, with the filters of then.</translation>
    </message>
    <message>
        <source>Figures of %1 · days in the time zone %2</source>
        <translation>Figures of %1 · days in the time zone %2</translation>
    </message>
    <message>
        <source>Offline: the enquiries behind a figure need the server.</source>
        <translation>Offline: the enquiries behind a figure need the server.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Survey manager</source>
        <translation>Survey manager</translation>
    </message>
    <message>
        <source>Call agent</source>
        <translation>Call agent</translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation>Partner staff</translation>
    </message>
    <message>
        <source>Partner administrator</source>
        <translation>Partner administrator</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Edit route</source>
        <translation>Edit route</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>New route</translation>
    </message>
    <message>
        <source>80000-87999, 39</source>
        <translation>80000-87999, 39</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – no longer active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which chain would this enquiry get?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Which chain would this enquiry get?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Enter a country and a postcode.</source>
        <translation>Enter a country and a postcode.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Taken for spam (%1).</source>
        <translation>Taken for spam (%1).</translation>
    </message>
    <message>
        <source>No route: head office keeps it.</source>
        <translation>No route: head office keeps it.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Route %1: %2</translation>
    </message>
    <message>
        <source>The preview is not available.</source>
        <translation>The preview is not available.</translation>
    </message>
    <message>
        <source>Please enter the route&apos;s name.</source>
        <translation>Please enter the route&apos;s name.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>The country is a two-letter code such as DE or IT.</translation>
    </message>
    <message>
        <source>Add at least one partner or head-office person to the chain.</source>
        <translation>Add at least one partner or head-office person to the chain.</translation>
    </message>
    <message>
        <source>Choose the person in charge.</source>
        <translation>Choose the person in charge.</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>New route…</source>
        <translation>New route…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Route %1 was saved.</source>
        <translation>Route %1 was saved.</translation>
    </message>
    <message>
        <source>Route %1 was deactivated.</source>
        <translation>Route %1 was deactivated.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Something went wrong; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A new server takes effect at the next sign-in.</source>
        <translation>A new server takes effect at the next sign-in.</translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation>Notifications…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>The server address starts with https:// (or http:// on a local network).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Enquiry Desk</source>
        <translation>Sign in to Enquiry Desk</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>I have an invitation…</source>
        <translation>I have an invitation…</translation>
    </message>
    <message>
        <source>Password set. Sign in now.</source>
        <translation>Password set. Sign in now.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>The server address starts with https:// (or http:// on a local network).</translation>
    </message>
    <message>
        <source>Please enter your login.</source>
        <translation>Please enter your login.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Consultation appointment (external)</source>
        <translation>Consultation appointment (external)</translation>
    </message>
    <message>
        <source>Offer handover (external)</source>
        <translation>Offer handover (external)</translation>
    </message>
    <message>
        <source>Order (external)</source>
        <translation>Order (external)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record external step</source>
        <translation>Record external step</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SurveyArea</name>
    <message>
        <source>Search contact persons…</source>
        <translation>Search contact persons…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Next call…</source>
        <translation>Next call…</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>No surveys yet.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>History entry when done: %1 · copy notes: %2 · agent may switch: %3 · field-service appointments: %4 · protocol e-mail: %5 · ratings: %6</source>
        <translation>History entry when done: %1 · copy notes: %2 · agent may switch: %3 · field-service appointments: %4 · protocol e-mail: %5 · ratings: %6</translation>
    </message>
    <message>
        <source>Nothing to call</source>
        <translation>Nothing to call</translation>
    </message>
    <message>
        <source>You have no contacts to call now.</source>
        <translation>You have no contacts to call now.</translation>
    </message>
</context>
<context>
    <name>SurveyColumn</name>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Field service</translation>
    </message>
</context>
<context>
    <name>SurveyFilter</name>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>With follow-up</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>With field-service appointment</source>
        <translation>With field-service appointment</translation>
    </message>
</context>
<context>
    <name>SurveyStatus</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No keyring is available on this computer, so your sign-in cannot be remembered: you will be asked for your password next time.</source>
        <translation>No keyring is available on this computer, so your sign-in cannot be remembered: you will be asked for your password next time.</translation>
    </message>
    <message>
        <source>The only keyring available ({name}) stores secrets unencrypted. Remember the sign-in there only if nobody else can read your files.</source>
        <translation>The only keyring available ({name}) stores secrets unencrypted. Remember the sign-in there only if nobody else can read your files.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in {name}.</source>
        <translation>Your sign-in is kept in {name}.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>The server cannot be reached. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>The server is not available right now. Your changes are kept and sent later.</source>
        <translation>The server is not available right now. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>The server is busy right now. Your changes are kept and sent later.</source>
        <translation>The server is busy right now. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer. Your changes are kept and sent later.</source>
        <translation>The server gave an unexpected answer. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>You have been signed out; please sign in again.</source>
        <translation>You have been signed out; please sign in again.</translation>
    </message>
    <message>
        <source>The server lost track of this device&apos;s changes; they are kept.</source>
        <translation>The server lost track of this device&apos;s changes; they are kept.</translation>
    </message>
    <message>
        <source>No stored sign-in: please enter your password.</source>
        <translation>No stored sign-in: please enter your password.</translation>
    </message>
    <message>
        <source>The enquiries on this computer are locked with your password: please enter it.</source>
        <translation>The enquiries on this computer are locked with your password: please enter it.</translation>
    </message>
    <message>
        <source>This password does not open the enquiries stored on this computer.</source>
        <translation>This password does not open the enquiries stored on this computer.</translation>
    </message>
    <message>
        <source>Without a secure keyring the enquiries stored on this computer are encrypted with your password: you will be asked for it at every start, also without a connection.</source>
        <translation>Without a secure keyring the enquiries stored on this computer are encrypted with your password: you will be asked for it at every start, also without a connection.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait %1 before trying again.</source>
        <translation>Too many failed attempts. Please wait %1 before trying again.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <source>This device has been signed out; please sign in again.</source>
        <translation>This device has been signed out; please sign in again.</translation>
    </message>
    <message>
        <source>This device has been signed out for safety; please sign in again.</source>
        <translation>This device has been signed out for safety; please sign in again.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; please sign in again.</source>
        <translation>Your sign-in has expired; please sign in again.</translation>
    </message>
    <message>
        <source>This code is not valid (any more): it was used, has expired or was replaced by a newer one.</source>
        <translation>This code is not valid (any more): it was used, has expired or was replaced by a newer one.</translation>
    </message>
    <message>
        <source>This computer&apos;s data belongs to another sign-in; please sign in again.</source>
        <translation>This computer&apos;s data belongs to another sign-in; please sign in again.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>Fetching your enquiries from the server…</source>
        <translation>Fetching your enquiries from the server…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <source>Please update Enquiry Desk: the server asks for version %1 or newer (this is %2).</source>
        <translation>Please update Enquiry Desk: the server asks for version %1 or newer (this is %2).</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. Your administrator has the new version.</source>
        <translation>You can keep working meanwhile. Your administrator has the new version.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Please describe the task.</source>
        <translation>Please describe the task.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Enquiry Desk</source>
        <translation>Open Enquiry Desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>Enquiry Desk: %n unread</source>
        <translation>
            <numerusform>Enquiry Desk: %n unread</numerusform>
            <numerusform>Enquiry Desk: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Enquiry Desk</source>
        <translation>Enquiry Desk</translation>
    </message>
</context>
<context>
    <name>Type</name>
    <message>
        <source>offer</source>
        <translation>offer</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
</context>
</TS>
