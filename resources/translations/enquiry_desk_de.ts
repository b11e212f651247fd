<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enquiry Desk</source>
        <translation>Über Enquiry Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Runs on Python %1 and Qt %2.</source>
        <translation>Läuft mit Python %1 und Qt %2.</translation>
    </message>
    <message>
        <source>Enquiry Desk uses the libraries below under their licences. Qt and PySide6 are used under the GNU Lesser General Public License, version 3: they are separate libraries in the installation folder and can be replaced by compatible builds. Each library&apos;s licence text is installed with it, in its metadata folder.</source>
        <translation>Enquiry Desk verwendet die unten genannten Bibliotheken unter ihren Lizenzen. Qt und PySide6 werden unter der GNU Lesser General Public License, Version 3, verwendet: Sie liegen als eigene Bibliotheken im Installationsordner und können durch kompatible Builds ersetzt werden. Der Lizenztext jeder Bibliothek ist mit ihr installiert, in ihrem Metadaten-Ordner.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Anmeldename (E-Mail)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The person gets an e-mail with a link to choose their password.</source>
        <translation>Die Person erhält eine E-Mail mit einem Link, um ihr Passwort zu wählen.</translation>
    </message>
    <message>
        <source>The login is the person&apos;s e-mail address.</source>
        <translation>Der Anmeldename ist die E-Mail-Adresse der Person.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Bitte den Namen der Person eingeben.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Mindestens eine Rolle ankreuzen.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>New enquiry…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>Accept enquiry</source>
        <translation>Anfrage annehmen</translation>
    </message>
    <message>
        <source>Decline enquiry…</source>
        <translation>Anfrage ablehnen…</translation>
    </message>
    <message>
        <source>Assign to a person…</source>
        <translation>Einer Person zuweisen…</translation>
    </message>
    <message>
        <source>Revoke assignment</source>
        <translation>Zuweisung widerrufen</translation>
    </message>
    <message>
        <source>Reject assignment…</source>
        <translation>Zuweisung zurückweisen…</translation>
    </message>
    <message>
        <source>Offer to a partner…</source>
        <translation>An Händlerpartner zuweisen…</translation>
    </message>
    <message>
        <source>Revoke offer</source>
        <translation>Partnerzuweisung widerrufen</translation>
    </message>
    <message>
        <source>Edit contact data…</source>
        <translation>Kontaktdaten bearbeiten…</translation>
    </message>
    <message>
        <source>Choose colleague…</source>
        <translation>Kollegen auswählen…</translation>
    </message>
    <message>
        <source>Remove colleague</source>
        <translation>Kollegen entfernen</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Dokument anhängen…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Assign externally…</source>
        <translation>Extern zuweisen…</translation>
    </message>
    <message>
        <source>Send external e-mail again</source>
        <translation>Externe E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Communicate changes externally</source>
        <translation>Änderungen extern kommunizieren</translation>
    </message>
    <message>
        <source>Record external step…</source>
        <translation>Externen Schritt dokumentieren…</translation>
    </message>
    <message>
        <source>Check for duplicates…</source>
        <translation>Auf Dubletten prüfen…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Close as won or lost…</source>
        <translation>Als gewonnen oder verloren abschließen…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Decline enquiry</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Warum lehnen Sie die Anfrage ab?</translation>
    </message>
    <message>
        <source>Reject assignment</source>
        <translation>Zuweisung zurückweisen</translation>
    </message>
    <message>
        <source>Why do you hand it back?</source>
        <translation>Warum geben Sie die Anfrage zurück?</translation>
    </message>
    <message>
        <source>Discard enquiry</source>
        <translation>Anfrage verwerfen</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Warum wird die Anfrage verworfen?</translation>
    </message>
    <message>
        <source>Assign to a person</source>
        <translation>Einer Person zuweisen</translation>
    </message>
    <message>
        <source>Choose colleague</source>
        <translation>Kollegen auswählen</translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation>Kontaktdaten bearbeiten</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Attaching a file needs a connection to the server. Please try again when you are online.</source>
        <translation>Zum Anhängen einer Datei ist eine Verbindung zum Server nötig. Bitte versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Opening a document needs a connection to the server.</source>
        <translation>Zum Öffnen eines Dokuments ist eine Verbindung zum Server nötig.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Händlerseite</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Partner companies</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Intake keys</source>
        <translation>Eingangsschlüssel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Meine Geräte</translation>
    </message>
</context>
<context>
    <name>AdminRefusal</name>
    <message>
        <source>The server does not offer this (is it an older version?).</source>
        <translation>Der Server bietet das nicht an (ist er eine ältere Version?).</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>Der Server konnte die übermittelten Angaben nicht lesen.</translation>
    </message>
    <message>
        <source>This is more than the server takes at once.</source>
        <translation>Das ist mehr, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Das darf nur ein Administrator.</translation>
    </message>
    <message>
        <source>This does not exist (any more).</source>
        <translation>Das gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This company does not exist (any more).</source>
        <translation>Diese Firma gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This partner company does not exist (any more).</source>
        <translation>Diesen Händlerpartner gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This person does not exist (any more).</source>
        <translation>Diese Person gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>The person to hand the enquiries to does not exist (any more).</source>
        <translation>Die Person, die die Anfragen übernehmen soll, gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This route does not exist (any more).</source>
        <translation>Diese Route gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This intake key does not exist (any more).</source>
        <translation>Diesen Eingangsschlüssel gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>This device does not exist (any more).</source>
        <translation>Dieses Gerät gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Angaben nicht angenommen.</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>bitte ausfüllen.</translation>
    </message>
    <message>
        <source>at least %2 characters.</source>
        <translation>mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>at most %2 characters.</source>
        <translation>höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>at least %2 entries.</source>
        <translation>mindestens %2 Einträge.</translation>
    </message>
    <message>
        <source>at most %2 entries.</source>
        <translation>höchstens %2 Einträge.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>the server does not know this field (is it an older version?).</source>
        <translation>dieses Feld kennt der Server nicht (ist er eine ältere Version?).</translation>
    </message>
    <message>
        <source>this value is not valid.</source>
        <translation>dieser Wert ist nicht gültig.</translation>
    </message>
    <message>
        <source>The server has no head office yet: it must first be set up (enquiry-server init).</source>
        <translation>Der Server hat noch keine Zentrale: Er muss zuerst eingerichtet werden (enquiry-server init).</translation>
    </message>
    <message>
        <source>Unknown country code “%1”: use two letters such as IT, DE or AT.</source>
        <translation>Unbekannter Ländercode „%1“: Verwenden Sie zwei Buchstaben wie IT, DE oder AT.</translation>
    </message>
    <message>
        <source>“%1” is not a region of this country with its own public holidays.</source>
        <translation>„%1“ ist keine Region dieses Landes mit eigenen Feiertagen.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: use a name such as Europe/Rome or Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone „%1“: Verwenden Sie einen Namen wie Europe/Rome oder Europe/Berlin.</translation>
    </message>
    <message>
        <source>This is not a postcode range or prefix.</source>
        <translation>Das ist weder ein PLZ-Bereich noch ein PLZ-Präfix.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode range or prefix such as 80000-87999 or 39.</source>
        <translation>„%1“ ist kein PLZ-Bereich und kein PLZ-Präfix wie 80000-87999 oder 39.</translation>
    </message>
    <message>
        <source>“%1”: a range has exactly one dash, LOW-HIGH.</source>
        <translation>„%1“: Ein Bereich hat genau einen Bindestrich, VON-BIS.</translation>
    </message>
    <message>
        <source>“%1”: both ends of a range need the same number of characters.</source>
        <translation>„%1“: Beide Enden eines Bereichs brauchen gleich viele Zeichen.</translation>
    </message>
    <message>
        <source>“%1”: the range ends below its start.</source>
        <translation>„%1“: Der Bereich endet unter seinem Anfang.</translation>
    </message>
    <message>
        <source>each entry is a range LOW-HIGH (e.g. 80000-87999).</source>
        <translation>jeder Eintrag ist ein Bereich VON-BIS (z. B. 80000-87999).</translation>
    </message>
    <message>
        <source>a prefix has no dash (e.g. 39); a range is written LOW-HIGH.</source>
        <translation>ein Präfix hat keinen Bindestrich (z. B. 39); ein Bereich wird VON-BIS geschrieben.</translation>
    </message>
    <message>
        <source>An active company is already called “%1”: choose a distinct name.</source>
        <translation>Eine aktive Firma heißt bereits „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>there is no such partner company.</source>
        <translation>diesen Händlerpartner gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>there is no such head-office person.</source>
        <translation>diese Person der Zentrale gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no such person at %1.</source>
        <translation>diese Person gibt es bei %1 nicht.</translation>
    </message>
    <message>
        <source>The chain is not valid.</source>
        <translation>Die Kette ist nicht gültig.</translation>
    </message>
    <message>
        <source>add at least one partner or head-office person.</source>
        <translation>fügen Sie mindestens einen Händlerpartner oder eine Person der Zentrale hinzu.</translation>
    </message>
    <message>
        <source>at most %2 steps.</source>
        <translation>höchstens %2 Schritte.</translation>
    </message>
    <message>
        <source>%1 is already in the chain.</source>
        <translation>%1 ist bereits in der Kette.</translation>
    </message>
    <message>
        <source>each step is a partner or a head-office person.</source>
        <translation>jeder Schritt ist ein Händlerpartner oder eine Person der Zentrale.</translation>
    </message>
    <message>
        <source>These roles are not valid here.</source>
        <translation>Diese Rollen sind hier nicht gültig.</translation>
    </message>
    <message>
        <source>choose at least one role.</source>
        <translation>wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>not for people of this company: %1.</source>
        <translation>nicht für Personen dieser Firma: %1.</translation>
    </message>
    <message>
        <source>Another account already uses this login.</source>
        <translation>Ein anderes Konto verwendet diesen Anmeldenamen bereits.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Ihr eigenes Konto können Sie nicht deaktivieren.</translation>
    </message>
    <message>
        <source>%1 works for another company.</source>
        <translation>%1 arbeitet für eine andere Firma.</translation>
    </message>
    <message>
        <source>Choose someone else to hand these enquiries to.</source>
        <translation>Wählen Sie eine andere Person, die diese Anfragen übernimmt.</translation>
    </message>
    <message>
        <source>This invitation or reset code is not valid (any more): ask your administrator for a new one.</source>
        <translation>Dieser Einladungs- oder Rücksetzcode ist nicht (mehr) gültig: Bitten Sie Ihren Administrator um einen neuen.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>choose a password different from the current one.</source>
        <translation>wählen Sie ein anderes als das aktuelle Passwort.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Anmeldename (E-Mail)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chain, step %1</source>
        <translation>Kette, Schritt %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
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
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a row to see its details.</source>
        <translation>Eine Zeile wählen, um ihre Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Field rep</source>
        <translation>Außendienst-Mitarbeiter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact was made</source>
        <translation>Kontakt kam zustande</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(keine Beurteilung)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Field-service appointment</source>
        <translation>Außendienst-Termin</translation>
    </message>
    <message>
        <source>The field rep receives the call protocol by e-mail.</source>
        <translation>Der Außendienst-Mitarbeiter erhält das Gesprächsprotokoll per E-Mail.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beurteilung</translation>
    </message>
</context>
<context>
    <name>ChainEditor</name>
    <message>
        <source>%1 (partner)</source>
        <translation>%1 (Händlerpartner)</translation>
    </message>
    <message>
        <source>%1 (partner: %2)</source>
        <translation>%1 (Händlerpartner: %2)</translation>
    </message>
    <message>
        <source>%1 (head office)</source>
        <translation>%1 (Zentrale)</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Partner or head-office person to add</source>
        <translation>Händlerpartner oder Person der Zentrale zum Hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Your other devices are signed out and need the new password.</source>
        <translation>Ihre anderen Geräte werden abgemeldet und brauchen das neue Passwort.</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Bitte Ihr aktuelles Passwort eingeben.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Das neue Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>dealer page</source>
        <translation>Händlerseite</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>showroom</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close enquiry</source>
        <translation>Anfrage abschließen</translation>
    </message>
    <message>
        <source>Won: the customer ordered</source>
        <translation>Gewonnen: Der Kunde hat bestellt</translation>
    </message>
    <message>
        <source>Lost: no order</source>
        <translation>Verloren: kein Auftrag</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Please choose won or lost.</source>
        <translation>Bitte wählen Sie „Gewonnen“ oder „Verloren“.</translation>
    </message>
</context>
<context>
    <name>ColleagueTile</name>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation>Kollegen auswählen</translation>
    </message>
    <message>
        <source>Remove the colleague</source>
        <translation>Kollegen entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
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
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>CompaniesTab</name>
    <message>
        <source>New partner…</source>
        <translation>Neuer Händlerpartner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2 meets %3)</source>
        <translation>Überschneidung mit %1 (%2 trifft %3)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Deactivate partner</source>
        <translation>Händlerpartner deaktivieren</translation>
    </message>
    <message>
        <source>%1 gets no new offers; its pending offers move on along their chains.</source>
        <translation>%1 erhält keine neuen Zuweisungen; offene Zuweisungen gehen entlang ihrer Kette weiter.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit partner company</source>
        <translation>Händlerpartner bearbeiten</translation>
    </message>
    <message>
        <source>New partner company</source>
        <translation>Neuer Händlerpartner</translation>
    </message>
    <message>
        <source>DE, IT, AT…</source>
        <translation>DE, IT, AT…</translation>
    </message>
    <message>
        <source>e.g. BY (for public holidays)</source>
        <translation>z. B. BY (für Feiertage)</translation>
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
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Bitte den Namen der Firma eingeben.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>Das Land ist ein Code aus zwei Buchstaben wie DE oder IT.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Please enter at least a last name, an e-mail address or a phone number.</source>
        <translation>Bitte geben Sie mindestens einen Nachnamen, eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE, IT or AT.</source>
        <translation>Das Land ist ein Code aus zwei Buchstaben, z. B. DE, IT oder AT.</translation>
    </message>
</context>
<context>
    <name>ContactStatusDialog</name>
    <message>
        <source>Call centre</source>
        <translation>CallCenter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(keine Beurteilung)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>When marked done, an entry is written to the contact history</source>
        <translation>Wird der Status auf „erledigt“ gesetzt, wird ein Eintrag in der Kontakt-Historie erstellt</translation>
    </message>
    <message>
        <source>, with these notes.</source>
        <translation>, in den diese Notizen übernommen werden.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>The protocol e-mail to the field rep is not sent from this dialog; please tell the field reps concerned yourself.</source>
        <translation>Die Protokoll-E-Mail an den Außendienst-Mitarbeiter wird aus diesem Dialog nicht versendet; bitte benachrichtigen Sie die betroffenen Außendienst-Mitarbeiter selbst.</translation>
    </message>
    <message>
        <source>Contact was already made and this survey does not let agents switch; the follow-up is moved to another agent anyway (e.g. when the agent is ill).</source>
        <translation>Es kam bereits ein Kontakt zustande und bei dieser Umfrage ist „Benutzer darf wechseln“ nicht aktiviert; die Wiedervorlage wird trotzdem einem anderen Agenten zugeordnet (z. B. bei Krankheit des Agenten).</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Enquiry Desk ran into an unexpected problem. Your changes are safe. Details were written to %1.</source>
        <translation>In Enquiry Desk ist ein unerwartetes Problem aufgetreten. Ihre Änderungen sind gesichert. Details wurden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Offer: 8 working hours left</source>
        <translation>Angebot: noch 8 Arbeitsstunden</translation>
    </message>
    <message>
        <source>… and %1 more new offers or reminders</source>
        <translation>… und %1 weitere neue Angebote oder Erinnerungen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Enquiry details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>External assignment</source>
        <translation>Externe Zuweisung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select an enquiry to see its details.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Changed by someone else since you took it</source>
        <translation>Von jemand anderem geändert, seit Sie sie übernommen haben</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation> (wartet auf Versand)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Angeboten an</translation>
    </message>
    <message>
        <source>your company: accept it to see the contact and work on it</source>
        <translation>Ihre Firma: Nehmen Sie die Anfrage an, um den Kontakt zu sehen und sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Contact (anonymised until accepted)</source>
        <translation>Kontakt (anonymisiert bis zur Annahme)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>No notes, documents or tasks yet.</source>
        <translation>Noch keine Notizen, Dokumente oder Aufgaben.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>Gesendete E-Mails</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Sign out this device</source>
        <translation>Dieses Gerät abmelden</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>The device was signed out.</source>
        <translation>Das Gerät wurde abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the report</source>
        <translation>Zurück zum Bericht</translation>
    </message>
    <message>
        <source>Show all enquiries</source>
        <translation>Alle Anfragen zeigen</translation>
    </message>
    <message>
        <source>Report: %1 — %2 enquiries</source>
        <translation>Bericht: %1 — %2 Anfragen</translation>
    </message>
    <message>
        <source>(%1 of them are not in your list)</source>
        <translation>(%1 davon sind nicht in Ihrer Liste)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Check for duplicates</source>
        <translation>Auf Dubletten prüfen</translation>
    </message>
    <message>
        <source>matches:</source>
        <translation>Übereinstimmung:</translation>
    </message>
    <message>
        <source>%1 %2 may already be one of your contacts.</source>
        <translation>%1 %2 ist möglicherweise bereits einer Ihrer Kontakte.</translation>
    </message>
    <message>
        <source>No existing contact matches this enquiry.</source>
        <translation>Kein vorhandener Kontakt passt zu dieser Anfrage.</translation>
    </message>
    <message>
        <source>Link to the selected contact</source>
        <translation>Mit dem ausgewählten Kontakt verknüpfen</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Neuen Kontakt anlegen</translation>
    </message>
    <message>
        <source>Please choose a contact or create a new one.</source>
        <translation>Bitte wählen Sie einen Kontakt aus oder legen Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>similar name, same postcode</source>
        <translation>ähnlicher Name, gleiche PLZ</translation>
    </message>
</context>
<context>
    <name>EnquiryList</name>
    <message>
        <source>Enquiries</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>EnquiryListModel</name>
    <message>
        <source>Changed by someone else: %s</source>
        <translation>Von jemand anderem geändert: %s</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymisiert)</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>routed</source>
        <translation>automatisch zugewiesen</translation>
    </message>
    <message>
        <source>assigned to {detail}</source>
        <translation>zugewiesen an {detail}</translation>
    </message>
    <message>
        <source>assignment revoked</source>
        <translation>Zuweisung widerrufen</translation>
    </message>
    <message>
        <source>assignment rejected: {detail}</source>
        <translation>Zuweisung zurückgewiesen: {detail}</translation>
    </message>
    <message>
        <source>colleague set: {detail}</source>
        <translation>Kollege festgelegt: {detail}</translation>
    </message>
    <message>
        <source>colleague removed</source>
        <translation>Kollege entfernt</translation>
    </message>
    <message>
        <source>offered to {detail}</source>
        <translation>angeboten an {detail}</translation>
    </message>
    <message>
        <source>offer revoked</source>
        <translation>Partnerzuweisung widerrufen</translation>
    </message>
    <message>
        <source>offer accepted</source>
        <translation>Anfrage angenommen</translation>
    </message>
    <message>
        <source>offer declined: {detail}</source>
        <translation>Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>forwarded to {detail}</source>
        <translation>weitergeleitet an {detail}</translation>
    </message>
    <message>
        <source>returned: nobody accepted in time</source>
        <translation>zurückgegeben: niemand hat rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>closed: {detail}</source>
        <translation>abgeschlossen: {detail}</translation>
    </message>
    <message>
        <source>contact data changed: {detail}</source>
        <translation>Kontaktdaten geändert: {detail}</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>document added: {detail}</source>
        <translation>Dokument hinzugefügt: {detail}</translation>
    </message>
    <message>
        <source>task added: {detail}</source>
        <translation>Aufgabe hinzugefügt: {detail}</translation>
    </message>
    <message>
        <source>assigned externally to {detail}</source>
        <translation>extern zugewiesen an {detail}</translation>
    </message>
    <message>
        <source>external e-mail sent again</source>
        <translation>externe E-Mail erneut gesendet</translation>
    </message>
    <message>
        <source>changes sent externally: {detail}</source>
        <translation>Änderungen extern übermittelt: {detail}</translation>
    </message>
    <message>
        <source>external step recorded</source>
        <translation>externer Schritt dokumentiert</translation>
    </message>
    <message>
        <source>linked to a contact</source>
        <translation>mit einem Kontakt verknüpft</translation>
    </message>
    <message>
        <source>changes seen</source>
        <translation>Änderungen gesehen</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabelle als CSV…</translation>
    </message>
    <message>
        <source>Table and enquiries as Excel workbook…</source>
        <translation>Tabelle und Anfragen als Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Enquiries behind the report as CSV…</source>
        <translation>Anfragen hinter dem Bericht als CSV…</translation>
    </message>
    <message>
        <source>One-page summary as PDF…</source>
        <translation>Einseitige Zusammenfassung als PDF…</translation>
    </message>
    <message>
        <source>enquiry-report</source>
        <translation>anfragen-bericht</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export the enquiries</source>
        <translation>Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Export a summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
</context>
<context>
    <name>ExternalDialog</name>
    <message>
        <source>Assign externally by e-mail</source>
        <translation>Extern per E-Mail zuweisen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>You stay in charge. The assignment cannot be revoked, only sent again.</source>
        <translation>Sie bleiben zuständig. Die Zuweisung kann nicht widerrufen, sondern nur erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Bitte geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The disk is full. Free some space; nothing you entered was lost.</source>
        <translation>Der Datenträger ist voll. Bitte schaffen Sie Platz; nichts von Ihren Eingaben ging verloren.</translation>
    </message>
    <message>
        <source>Enquiry Desk may not read or write %1.</source>
        <translation>Enquiry Desk darf %1 nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The local data is busy (another Enquiry Desk window?). Please try again.</source>
        <translation>Die lokalen Daten sind gerade belegt (ein weiteres Enquiry-Desk-Fenster?). Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Files may be at most 20 MB.</source>
        <translation>Dateien dürfen höchstens 20 MB groß sein.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Der Server hat diese Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Enquiries held by %1</source>
        <translation>Anfragen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n open enquiries:</source>
        <translation>
            <numerusform>%1 bearbeitet %n offene Anfrage:</numerusform>
            <numerusform>%1 bearbeitet %n offene Anfragen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>There is no active colleague to hand them to.</source>
        <translation>Es gibt keinen aktiven Kollegen, dem sie übergeben werden können.</translation>
    </message>
</context>
<context>
    <name>IntakeKeyDialog</name>
    <message>
        <source>New intake key</source>
        <translation>Neuer Eingangsschlüssel</translation>
    </message>
    <message>
        <source>e.g. website contact form</source>
        <translation>z. B. Kontaktformular der Website</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Händlerseite</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Please enter a label to tell the key apart.</source>
        <translation>Bitte eine Bezeichnung eingeben, um den Schlüssel zu unterscheiden.</translation>
    </message>
    <message>
        <source>A dealer page&apos;s key belongs to a partner: choose one.</source>
        <translation>Der Schlüssel einer Händlerseite gehört einem Händlerpartner: bitte einen wählen.</translation>
    </message>
</context>
<context>
    <name>IntakeKeysTab</name>
    <message>
        <source>New key…</source>
        <translation>Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Key %1 was issued.</source>
        <translation>Schlüssel %1 wurde ausgegeben.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel sperren</translation>
    </message>
    <message>
        <source>Forms using %1 stop being accepted at once.</source>
        <translation>Formulare mit %1 werden ab sofort nicht mehr angenommen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>Schlüssel %1 wurde gesperrt.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>I have an invitation</source>
        <translation>Ich habe eine Einladung</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>der Code aus der E-Mail</translation>
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
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>Die Serveradresse beginnt mit https:// (oder http:// im lokalen Netz).</translation>
    </message>
    <message>
        <source>Please paste the code from the e-mail.</source>
        <translation>Bitte fügen Sie den Code aus der E-Mail ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Passwort wird festgelegt…</translation>
    </message>
</context>
<context>
    <name>KeySecretDialog</name>
    <message>
        <source>The new intake key</source>
        <translation>Der neue Eingangsschlüssel</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only this once. Give it to whoever runs the form.</source>
        <translation>Kopieren Sie den Schlüssel jetzt: Er wird nur dieses eine Mal angezeigt. Geben Sie ihn an die Betreiber des Formulars weiter.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Search enquiries…</source>
        <translation>Anfragen durchsuchen…</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1
The data of this sign-in was removed from this computer.</source>
        <translation>%1
Die Daten dieser Anmeldung wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n new</source>
        <translation>
            <numerusform>Benachrichtigungen: %n neue</numerusform>
            <numerusform>Benachrichtigungen: %n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notification settings were saved.</source>
        <translation>Ihre Benachrichtigungseinstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>{number} was assigned to you</source>
        <translation>{number} wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>{number} was offered to you</source>
        <translation>{number} wurde Ihrer Firma angeboten</translation>
    </message>
    <message>
        <source>{number} was forwarded to you</source>
        <translation>{number} wurde an Sie weitergeleitet</translation>
    </message>
    <message>
        <source>{number} was routed to you</source>
        <translation>{number} wurde Ihnen automatisch zugewiesen</translation>
    </message>
    <message>
        <source>{number}: the partner accepted</source>
        <translation>{number}: Der Händlerpartner hat angenommen</translation>
    </message>
    <message>
        <source>{number}: the partner declined</source>
        <translation>{number}: Der Händlerpartner hat abgelehnt</translation>
    </message>
    <message>
        <source>{number}: the deadline passed</source>
        <translation>{number}: Die Frist ist abgelaufen</translation>
    </message>
    <message>
        <source>{number} came back: nobody accepted in time</source>
        <translation>{number} ist zurückgekommen: Niemand hat rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>{number} was handed back to you</source>
        <translation>{number} wurde an Sie zurückgegeben</translation>
    </message>
    <message>
        <source>{number}: the assignment was revoked</source>
        <translation>{number}: Die Zuweisung wurde widerrufen</translation>
    </message>
    <message>
        <source>{number}: the offer was revoked</source>
        <translation>{number}: Die Partnerzuweisung wurde widerrufen</translation>
    </message>
    <message>
        <source>You are now in charge of {number}</source>
        <translation>Sie sind jetzt für {number} zuständig</translation>
    </message>
    <message>
        <source>{number}: a note was added</source>
        <translation>{number}: Eine Notiz wurde hinzugefügt</translation>
    </message>
    <message>
        <source>{number}: a document was added</source>
        <translation>{number}: Ein Dokument wurde hinzugefügt</translation>
    </message>
    <message>
        <source>{number}: a task was added</source>
        <translation>{number}: Eine Aufgabe wurde hinzugefügt</translation>
    </message>
    <message>
        <source>{number}: contact data changed</source>
        <translation>{number}: Die Kontaktdaten wurden geändert</translation>
    </message>
    <message>
        <source>{number} is new for you</source>
        <translation>{number} ist neu für Sie</translation>
    </message>
    <message>
        <source>{number}: 8 working hours left to answer the offer</source>
        <translation>{number}: noch 8 Arbeitsstunden, um das Angebot zu beantworten</translation>
    </message>
</context>
<context>
    <name>NotificationPrefsDialog</name>
    <message>
        <source>New offers</source>
        <translation>Neue Angebote</translation>
    </message>
    <message>
        <source>Deadline reminders (8 working hours left)</source>
        <translation>Fristerinnerungen (noch 8 Arbeitsstunden)</translation>
    </message>
    <message>
        <source>Enquiries assigned or handed back to me</source>
        <translation>Mir zugewiesene oder zurückgegebene Anfragen</translation>
    </message>
    <message>
        <source>What others do on my enquiries</source>
        <translation>Was andere an meinen Anfragen tun</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>in the daily digest</source>
        <translation>in der täglichen Zusammenfassung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>In der App</translation>
    </message>
    <message>
        <source>Desktop message</source>
        <translation>Desktop-Meldung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Daily digest at</source>
        <translation>Tägliche Zusammenfassung um</translation>
    </message>
    <message>
        <source>Language of the e-mails</source>
        <translation>Sprache der E-Mails</translation>
    </message>
    <message>
        <source>The digest hour is in your company&apos;s time zone (%1).</source>
        <translation>Die Uhrzeit der Zusammenfassung gilt in der Zeitzone Ihres Unternehmens (%1).</translation>
    </message>
    <message>
        <source>New offers and reminders must reach you somehow: an offer expires in 48 working hours.</source>
        <translation>Neue Angebote und Erinnerungen müssen Sie auf einem Weg erreichen: Ein Angebot verfällt nach 48 Arbeitsstunden.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nichts Neues.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n neu</numerusform>
            <numerusform>%1 — %n neu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer to a partner</source>
        <translation>An Händlerpartner zuweisen</translation>
    </message>
    <message>
        <source>%1 (suggested by routing, %2.)</source>
        <translation>%1 (%2. Vorschlag der automatischen Zuweisung)</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>Händlerpartner suchen…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Händlerpartner suchen</translation>
    </message>
    <message>
        <source>Person at the partner</source>
        <translation>Person beim Händlerpartner</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Person (optional)</translation>
    </message>
    <message>
        <source>anyone at the partner</source>
        <translation>beliebige Person beim Händlerpartner</translation>
    </message>
    <message>
        <source>Please choose a partner.</source>
        <translation>Bitte wählen Sie einen Händlerpartner aus.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Send password link</source>
        <translation>Passwort-Link senden</translation>
    </message>
    <message>
        <source>Held enquiries…</source>
        <translation>Gehaltene Anfragen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>%1 was added and invited by e-mail.</source>
        <translation>%1 wurde angelegt und per E-Mail eingeladen.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere at once and can no longer sign in.</source>
        <translation>%1 wird sofort überall abgemeldet und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>%1 holds no open enquiries.</source>
        <translation>%1 bearbeitet keine offenen Anfragen.</translation>
    </message>
    <message>
        <source>%1 handed over, %2 refused.</source>
        <translation>%1 übergeben, %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 gets an e-mail with a link to choose a new password.</source>
        <translation>%1 erhält eine E-Mail mit einem Link, um ein neues Passwort zu wählen.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Search by name…</source>
        <translation>Nach Namen suchen…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Please choose a person.</source>
        <translation>Bitte wählen Sie eine Person aus.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address-book entries</source>
        <translation>Einträge im Adressbuch</translation>
    </message>
    <message>
        <source>Call-centre contacts</source>
        <translation>Kontakte im Callcenter</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Personal data held about one person</source>
        <translation>Gespeicherte personenbezogene Daten einer Person</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Produktinteresse</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Responsible (controller)</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <source>This request needs a connection to the server. Please try again when you are online.</source>
        <translation>Dafür ist eine Verbindung zum Server nötig. Bitte versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good?</source>
        <translation>Die personenbezogenen Daten von %1 endgültig löschen?</translation>
    </message>
    <message>
        <source>The enquiry with its contact data, notes, files and e-mails, the same person&apos;s address-book entries and call-centre contacts are removed from the server and, at their next synchronisation, from every computer. This cannot be undone.</source>
        <translation>Die Anfrage mit Kontaktdaten, Notizen, Dateien und E-Mails sowie die Adressbucheinträge und Callcenter-Kontakte derselben Person werden vom Server und bei der nächsten Synchronisierung von jedem Computer entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased: %n item(s) removed.</source>
        <translation>
            <numerusform>Personenbezogene Daten gelöscht: %n Eintrag entfernt.</numerusform>
            <numerusform>Personenbezogene Daten gelöscht: %n Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>personenbezogene-daten-%1.pdf</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Personal data exported to %1 and %2.</source>
        <translation>Personenbezogene Daten exportiert nach %1 und %2.</translation>
    </message>
</context>
<context>
    <name>QuickFilter</name>
    <message>
        <source>All enquiries</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Offered to us</source>
        <translation>Uns angeboten</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>Von mir zugewiesen</translation>
    </message>
    <message>
        <source>Expired / returned</source>
        <translation>Abgelaufen / zurückgegeben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie einen Grund an.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This enquiry does not exist or is not visible to you.</source>
        <translation>Diese Anfrage existiert nicht oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>The personal data of this enquiry was erased (data protection); the change was not applied.</source>
        <translation>Die personenbezogenen Daten dieser Anfrage wurden gelöscht (Datenschutz); die Änderung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>Dieser Kontakt existiert nicht oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>The file for this document has not been uploaded.</source>
        <translation>Die Datei zu diesem Dokument wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>An enquiry with this id already exists.</source>
        <translation>Eine Anfrage mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>Only the person in charge of this enquiry may do this.</source>
        <translation>Nur der Zuständige für diese Anfrage darf das tun.</translation>
    </message>
    <message>
        <source>Only people of the company that owns this enquiry may do this.</source>
        <translation>Nur Mitarbeiter der Firma, der diese Anfrage gehört, dürfen das tun.</translation>
    </message>
    <message>
        <source>Only the person who assigned this enquiry may revoke it.</source>
        <translation>Nur wer diese Anfrage zugewiesen hat, darf die Zuweisung widerrufen.</translation>
    </message>
    <message>
        <source>This enquiry is not assigned to anyone to take back.</source>
        <translation>Diese Anfrage ist niemandem zugewiesen; es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Only head office may offer enquiries to partners.</source>
        <translation>Nur die Zentrale darf Anfragen an Händlerpartner zuweisen.</translation>
    </message>
    <message>
        <source>This enquiry is not waiting for a decision.</source>
        <translation>Diese Anfrage wartet nicht auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>This enquiry was not offered to your company.</source>
        <translation>Diese Anfrage wurde Ihrer Firma nicht angeboten.</translation>
    </message>
    <message>
        <source>Accept the offer before working on this enquiry.</source>
        <translation>Nehmen Sie die Anfrage an, bevor Sie sie bearbeiten.</translation>
    </message>
    <message>
        <source>This enquiry is already offered to a partner.</source>
        <translation>Diese Anfrage ist bereits einem Händlerpartner angeboten.</translation>
    </message>
    <message>
        <source>This enquiry has already been accepted.</source>
        <translation>Diese Anfrage wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>The deadline for this offer passed on {deadline}; it has gone back to head office.</source>
        <translation>Die Frist für diese Anfrage ist am {deadline} abgelaufen; sie ist an die Zentrale zurückgegangen.</translation>
    </message>
    <message>
        <source>The time to decide on this offer ran out; it has gone back to head office.</source>
        <translation>Die Frist für diese Anfrage ist abgelaufen; sie ist an die Zentrale zurückgegangen.</translation>
    </message>
    <message>
        <source>Head office has withdrawn this offer.</source>
        <translation>Die Zentrale hat die Partnerzuweisung widerrufen.</translation>
    </message>
    <message>
        <source>The deadline of this offer has not passed yet.</source>
        <translation>Die Frist für diese Anfrage ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <source>This enquiry is closed and cannot be changed.</source>
        <translation>Diese Anfrage ist abgeschlossen und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This is not possible while the enquiry is {status}.</source>
        <translation>Das ist nicht möglich, solange die Anfrage im Status „{status}“ ist.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>This person does not exist or is not visible to you.</source>
        <translation>Diese Person existiert nicht oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot take enquiries.</source>
        <translation>{name} ist nicht mehr aktiv und kann keine Anfragen übernehmen.</translation>
    </message>
    <message>
        <source>{name} works for another company.</source>
        <translation>{name} arbeitet für eine andere Firma.</translation>
    </message>
    <message>
        <source>{name} is already in charge of this enquiry.</source>
        <translation>{name} ist bereits für diese Anfrage zuständig.</translation>
    </message>
    <message>
        <source>This company does not exist or is not a partner.</source>
        <translation>Diese Firma existiert nicht oder ist kein Händlerpartner.</translation>
    </message>
    <message>
        <source>This partner is no longer active.</source>
        <translation>Dieser Händlerpartner ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>This partner has already declined this enquiry.</source>
        <translation>Dieser Händlerpartner hat diese Anfrage bereits abgelehnt.</translation>
    </message>
    <message>
        <source>This enquiry is already assigned externally; you can only send it again.</source>
        <translation>Diese Anfrage ist bereits extern zugewiesen; Sie können sie nur erneut senden.</translation>
    </message>
    <message>
        <source>This enquiry has not been assigned externally.</source>
        <translation>Diese Anfrage wurde nicht extern zugewiesen.</translation>
    </message>
    <message>
        <source>External steps can be recorded only for enquiries of type offer.</source>
        <translation>Externe Schritte können nur bei Anfragen vom Typ „Angebot“ dokumentiert werden.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last message.</source>
        <translation>Seit der letzten Nachricht hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>This item was already added.</source>
        <translation>Dieser Eintrag wurde bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>Only survey managers may change a contact&apos;s status.</source>
        <translation>Nur Umfrage-Verwalter dürfen den Kontaktstatus ändern.</translation>
    </message>
    <message>
        <source>This contact is not assigned to you in this survey.</source>
        <translation>Dieser Kontakt ist Ihnen in dieser Umfrage nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile; please open it again and check.</source>
        <translation>Jemand anderes hat diesen Kontakt inzwischen geändert; bitte öffnen Sie ihn erneut und prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>This rating is not on the survey&apos;s scale.</source>
        <translation>Diese Beurteilung gehört nicht zur Skala der Umfrage.</translation>
    </message>
    <message>
        <source>A follow-up must lie in the future.</source>
        <translation>Eine Wiedervorlage muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A contact that is done needs no follow-up.</source>
        <translation>Ein erledigter Kontakt braucht keine Wiedervorlage.</translation>
    </message>
    <message>
        <source>This agent does not work on this survey.</source>
        <translation>Dieser Agent arbeitet nicht an dieser Umfrage mit.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>This survey does not arrange field-service appointments.</source>
        <translation>Bei dieser Umfrage werden keine Außendienst-Termine vereinbart.</translation>
    </message>
    <message>
        <source>Please choose the field rep for the appointment.</source>
        <translation>Bitte wählen Sie den Außendienst-Mitarbeiter für den Termin aus.</translation>
    </message>
    <message>
        <source>This field rep is not known or no longer active.</source>
        <translation>Dieser Außendienst-Mitarbeiter ist unbekannt oder nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>The appointment must lie in the future.</source>
        <translation>Der Termin muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Please enter where the appointment takes place.</source>
        <translation>Bitte geben Sie an, wo der Termin stattfindet.</translation>
    </message>
    <message>
        <source>This survey&apos;s period is over.</source>
        <translation>Der Zeitraum dieser Umfrage ist abgelaufen.</translation>
    </message>
    <message>
        <source>The request is incomplete or malformed: {detail}</source>
        <translation>Der Befehl ist unvollständig oder fehlerhaft: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Time to decision, median (working h)</source>
        <translation>Entscheidungszeit, Median (Arbeitsstd.)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (working h)</source>
        <translation>Entscheidungszeit, p90 (Arbeitsstd.)</translation>
    </message>
    <message>
        <source>Time to decision, median (clock h)</source>
        <translation>Entscheidungszeit, Median (Zeitstd.)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (clock h)</source>
        <translation>Entscheidungszeit, p90 (Zeitstd.)</translation>
    </message>
    <message>
        <source>Decided within 48 working hours</source>
        <translation>Innerhalb von 48 Arbeitsstunden entschieden</translation>
    </message>
    <message>
        <source>Processed further</source>
        <translation>Weiterbearbeitet</translation>
    </message>
    <message>
        <source>Processed further (share)</source>
        <translation>Weiterbearbeitet (Anteil)</translation>
    </message>
    <message>
        <source>Time to first step, median (working h)</source>
        <translation>Zeit bis zum ersten Schritt, Median (Arbeitsstd.)</translation>
    </message>
    <message>
        <source>Silent for 14 days</source>
        <translation>14 Tage ohne Aktivität</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>PLZ-Gebiet</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Produktinteresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Offer round</source>
        <translation>Zuweisungsrunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>by date received</source>
        <translation>nach Eingangsdatum</translation>
    </message>
    <message>
        <source>by date decided</source>
        <translation>nach Entscheidungsdatum</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>with head office</source>
        <translation>bei der Zentrale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Outcome of the offers by %1</source>
        <translation>Ausgang der Zuweisungen nach %1</translation>
    </message>
    <message>
        <source>Outcome of the offers</source>
        <translation>Ausgang der Zuweisungen</translation>
    </message>
    <message>
        <source>Offer rounds</source>
        <translation>Zuweisungsrunden</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Sonstige (%1)</translation>
    </message>
    <message>
        <source>Volume over time</source>
        <translation>Menge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Time to decision: median %1 h, p90 %2 h</source>
        <translation>Entscheidungszeit: Median %1 Std., p90 %2 Std.</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Entscheidungszeit</translation>
    </message>
    <message>
        <source>Working hours from offer to answer</source>
        <translation>Arbeitsstunden von der Zuweisung bis zur Antwort</translation>
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
        <translation>Von der Anfrage zur Bearbeitung (% der Eingänge)</translation>
    </message>
    <message>
        <source>No enquiries in this range</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>processed further</source>
        <translation>weiterbearbeitet</translation>
    </message>
    <message>
        <source>decided after %1–%2 working hours</source>
        <translation>entschieden nach %1–%2 Arbeitsstunden</translation>
    </message>
    <message>
        <source>decided after %1 working hours or more</source>
        <translation>entschieden nach %1 oder mehr Arbeitsstunden</translation>
    </message>
    <message>
        <source>Range: %1 – %2, %3</source>
        <translation>Zeitraum: %1 – %2, %3</translation>
    </message>
    <message>
        <source>Range: all dates, %1</source>
        <translation>Zeitraum: alle Daten, %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>Filter: keine</translation>
    </message>
    <message>
        <source>Figures of %1 (time zone %2)</source>
        <translation>Zahlen vom %1 (Zeitzone %2)</translation>
    </message>
    <message>
        <source>Figure shown: %1</source>
        <translation>Gezeigte Kennzahl: %1</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Gruppiert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>back to head office</source>
        <translation>zurück an die Zentrale</translation>
    </message>
    <message>
        <source>partner deactivated</source>
        <translation>Händlerpartner deaktiviert</translation>
    </message>
    <message>
        <source>Enquiry report</source>
        <translation>Anfragenbericht</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Offered at</source>
        <translation>Angeboten am</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Time to decision (working h)</source>
        <translation>Entscheidungszeit (Arbeitsstd.)</translation>
    </message>
    <message>
        <source>Time to decision (clock h)</source>
        <translation>Entscheidungszeit (Zeitstd.)</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Weitergeleitet an</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>First step at</source>
        <translation>Erster Schritt am</translation>
    </message>
    <message>
        <source>Time to first step (working h)</source>
        <translation>Zeit bis zum ersten Schritt (Arbeitsstd.)</translation>
    </message>
    <message>
        <source>Time to first step (clock h)</source>
        <translation>Zeit bis zum ersten Schritt (Zeitstd.)</translation>
    </message>
    <message>
        <source>Latest step at</source>
        <translation>Letzter Schritt am</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>first activity (note, document, task or contact)</source>
        <translation>erste Aktivität (Notiz, Dokument, Aufgabe oder Kontakt)</translation>
    </message>
    <message>
        <source>handed to an external colleague</source>
        <translation>an einen externen Kollegen übergeben</translation>
    </message>
    <message>
        <source>consultation appointment</source>
        <translation>Beratungstermin</translation>
    </message>
    <message>
        <source>offer handed over</source>
        <translation>Angebot übergeben</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Händlerpartner</translation>
    </message>
    <message>
        <source>Compare with the previous range</source>
        <translation>Mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Händlerpartner</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Berichtstabelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no report was fetched before.</source>
        <translation>Der Server ist nicht erreichbar, und es wurde noch kein Bericht abgerufen.</translation>
    </message>
    <message>
        <source>Offline: the report fetched on %1, with the filters of then.</source>
        <translation>Offline: der Bericht vom %1, mit den damaligen Filtern.</translation>
    </message>
    <message>
        <source>Figures of %1 · days in the time zone %2</source>
        <translation>Zahlen vom %1 · Tage in der Zeitzone %2</translation>
    </message>
    <message>
        <source>Offline: the enquiries behind a figure need the server.</source>
        <translation>Offline: Die Anfragen hinter einer Zahl kommen nur vom Server.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Head office</source>
        <translation>Zentrale</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Survey manager</source>
        <translation>Umfrageleitung</translation>
    </message>
    <message>
        <source>Call agent</source>
        <translation>Call-Agent</translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation>Mitarbeiter Händlerpartner</translation>
    </message>
    <message>
        <source>Partner administrator</source>
        <translation>Administrator Händlerpartner</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Edit route</source>
        <translation>Route bearbeiten</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Neue Route</translation>
    </message>
    <message>
        <source>80000-87999, 39</source>
        <translation>80000-87999, 39</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – nicht mehr aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which chain would this enquiry get?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welche Kette bekäme diese Anfrage?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Enter a country and a postcode.</source>
        <translation>Land und PLZ eingeben.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <source>Taken for spam (%1).</source>
        <translation>Als Spam erkannt (%1).</translation>
    </message>
    <message>
        <source>No route: head office keeps it.</source>
        <translation>Keine Route: Die Zentrale behält sie.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Route %1: %2</translation>
    </message>
    <message>
        <source>The preview is not available.</source>
        <translation>Die Vorschau ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Please enter the route&apos;s name.</source>
        <translation>Bitte den Namen der Route eingeben.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>Das Land ist ein Code aus zwei Buchstaben wie DE oder IT.</translation>
    </message>
    <message>
        <source>Add at least one partner or head-office person to the chain.</source>
        <translation>Fügen Sie der Kette mindestens einen Händlerpartner oder eine Person der Zentrale hinzu.</translation>
    </message>
    <message>
        <source>Choose the person in charge.</source>
        <translation>Bitte die verantwortliche Person wählen.</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>New route…</source>
        <translation>Neue Route…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>PLZ-Bereiche</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Route %1 was saved.</source>
        <translation>Route %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Route %1 was deactivated.</source>
        <translation>Route %1 wurde deaktiviert.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Etwas ist schiefgegangen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A new server takes effect at the next sign-in.</source>
        <translation>Ein neuer Server gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation>Benachrichtigungen…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>Die Serveradresse beginnt mit https:// (oder http:// in einem lokalen Netzwerk).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Enquiry Desk</source>
        <translation>Bei Enquiry Desk anmelden</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>I have an invitation…</source>
        <translation>Ich habe eine Einladung…</translation>
    </message>
    <message>
        <source>Password set. Sign in now.</source>
        <translation>Passwort festgelegt. Melden Sie sich jetzt an.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>Die Serveradresse beginnt mit https:// (oder http:// in einem lokalen Netzwerk).</translation>
    </message>
    <message>
        <source>Please enter your login.</source>
        <translation>Bitte geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Consultation appointment (external)</source>
        <translation>Beratungstermin (extern)</translation>
    </message>
    <message>
        <source>Offer handover (external)</source>
        <translation>Angebotsübergabe (extern)</translation>
    </message>
    <message>
        <source>Order (external)</source>
        <translation>Auftrag (extern)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record external step</source>
        <translation>Externen Schritt dokumentieren</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SurveyArea</name>
    <message>
        <source>Search contact persons…</source>
        <translation>Kontaktpersonen suchen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Next call…</source>
        <translation>Nächster Anruf…</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>Noch keine Umfragen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>History entry when done: %1 · copy notes: %2 · agent may switch: %3 · field-service appointments: %4 · protocol e-mail: %5 · ratings: %6</source>
        <translation>Historien-Eintrag bei „erledigt“: %1 · Notizen übernehmen: %2 · Benutzer darf wechseln: %3 · Außendienst-Termine: %4 · Protokoll per E-Mail: %5 · Beurteilungen: %6</translation>
    </message>
    <message>
        <source>Nothing to call</source>
        <translation>Keine Anrufe</translation>
    </message>
    <message>
        <source>You have no contacts to call now.</source>
        <translation>Sie haben derzeit keine Kontakte anzurufen.</translation>
    </message>
</context>
<context>
    <name>SurveyColumn</name>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Außendienst</translation>
    </message>
</context>
<context>
    <name>SurveyFilter</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Mit Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Heute fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>With field-service appointment</source>
        <translation>Mit Außendienst-Termin</translation>
    </message>
</context>
<context>
    <name>SurveyStatus</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No keyring is available on this computer, so your sign-in cannot be remembered: you will be asked for your password next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann Ihre Anmeldung nicht gespeichert werden: Beim nächsten Mal werden Sie nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <source>The only keyring available ({name}) stores secrets unencrypted. Remember the sign-in there only if nobody else can read your files.</source>
        <translation>Der einzige verfügbare Schlüsselbund ({name}) speichert Zugangsdaten unverschlüsselt. Speichern Sie die Anmeldung dort nur, wenn niemand sonst Ihre Dateien lesen kann.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in {name}.</source>
        <translation>Ihre Anmeldung wird in {name} gespeichert.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The server is not available right now. Your changes are kept and sent later.</source>
        <translation>Der Server ist gerade nicht verfügbar. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The server is busy right now. Your changes are kept and sent later.</source>
        <translation>Der Server ist gerade ausgelastet. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer. Your changes are kept and sent later.</source>
        <translation>Der Server hat unerwartet geantwortet. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>You have been signed out; please sign in again.</source>
        <translation>Sie wurden abgemeldet; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server lost track of this device&apos;s changes; they are kept.</source>
        <translation>Der Server hat den Überblick über die Änderungen dieses Geräts verloren; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>No stored sign-in: please enter your password.</source>
        <translation>Keine gespeicherte Anmeldung: Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The enquiries on this computer are locked with your password: please enter it.</source>
        <translation>Die Anfragen auf diesem Computer sind mit Ihrem Passwort gesperrt: bitte geben Sie es ein.</translation>
    </message>
    <message>
        <source>This password does not open the enquiries stored on this computer.</source>
        <translation>Mit diesem Passwort lassen sich die auf diesem Computer gespeicherten Anfragen nicht öffnen.</translation>
    </message>
    <message>
        <source>Without a secure keyring the enquiries stored on this computer are encrypted with your password: you will be asked for it at every start, also without a connection.</source>
        <translation>Ohne sicheren Schlüsselbund werden die auf diesem Computer gespeicherten Anfragen mit Ihrem Passwort verschlüsselt: Sie werden bei jedem Start danach gefragt, auch ohne Verbindung.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait %1 before trying again.</source>
        <translation>Zu viele fehlgeschlagene Versuche. Bitte warten Sie %1, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Anmeldename oder Passwort falsch.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Dieses Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <source>This device has been signed out; please sign in again.</source>
        <translation>Dieses Gerät wurde abgemeldet; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This device has been signed out for safety; please sign in again.</source>
        <translation>Dieses Gerät wurde aus Sicherheitsgründen abgemeldet; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This code is not valid (any more): it was used, has expired or was replaced by a newer one.</source>
        <translation>Dieser Code ist nicht (mehr) gültig: Er wurde schon verwendet, ist abgelaufen oder wurde durch einen neueren ersetzt.</translation>
    </message>
    <message>
        <source>This computer&apos;s data belongs to another sign-in; please sign in again.</source>
        <translation>Die Daten auf diesem Computer gehören zu einer anderen Anmeldung; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>Fetching your enquiries from the server…</source>
        <translation>Ihre Anfragen werden vom Server geladen…</translation>
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
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert um %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Please update Enquiry Desk: the server asks for version %1 or newer (this is %2).</source>
        <translation>Bitte aktualisieren Sie Enquiry Desk: Der Server verlangt Version %1 oder neuer (diese ist %2).</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. Your administrator has the new version.</source>
        <translation>Sie können inzwischen weiterarbeiten. Ihr Administrator hat die neue Version.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Please describe the task.</source>
        <translation>Bitte beschreiben Sie die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Enquiry Desk</source>
        <translation>Enquiry Desk öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Enquiry Desk: %n unread</source>
        <translation>
            <numerusform>Enquiry Desk: %n ungelesen</numerusform>
            <numerusform>Enquiry Desk: %n ungelesen</numerusform>
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
        <translation>Angebot</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
</context>
</TS>
