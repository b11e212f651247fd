<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Enquiry Desk</source>
        <translation>Informazioni su Enquiry Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>Runs on Python %1 and Qt %2.</source>
        <translation>Funziona con Python %1 e Qt %2.</translation>
    </message>
    <message>
        <source>Enquiry Desk uses the libraries below under their licences. Qt and PySide6 are used under the GNU Lesser General Public License, version 3: they are separate libraries in the installation folder and can be replaced by compatible builds. Each library&apos;s licence text is installed with it, in its metadata folder.</source>
        <translation>Enquiry Desk usa le librerie elencate sotto secondo le loro licenze. Qt e PySide6 sono usati secondo la GNU Lesser General Public License, versione 3: sono librerie separate nella cartella di installazione e possono essere sostituite da build compatibili. Il testo della licenza di ogni libreria è installato con essa, nella sua cartella dei metadati.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Librerie e loro licenze</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>nome@azienda.example</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Login (e-mail)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>The person gets an e-mail with a link to choose their password.</source>
        <translation>La persona riceve un&apos;e-mail con un link per scegliere la sua password.</translation>
    </message>
    <message>
        <source>The login is the person&apos;s e-mail address.</source>
        <translation>Il login è l&apos;indirizzo e-mail della persona.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Inserire il nome della persona.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Selezionare almeno un ruolo.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>New enquiry…</source>
        <translation>Nuova richiesta…</translation>
    </message>
    <message>
        <source>Accept enquiry</source>
        <translation>Accettare richiesta</translation>
    </message>
    <message>
        <source>Decline enquiry…</source>
        <translation>Rifiutare richiesta…</translation>
    </message>
    <message>
        <source>Assign to a person…</source>
        <translation>Assegnare a una persona…</translation>
    </message>
    <message>
        <source>Revoke assignment</source>
        <translation>Revocare l&apos;assegnazione</translation>
    </message>
    <message>
        <source>Reject assignment…</source>
        <translation>Respingere l&apos;assegnazione…</translation>
    </message>
    <message>
        <source>Offer to a partner…</source>
        <translation>Assegnare a un partner…</translation>
    </message>
    <message>
        <source>Revoke offer</source>
        <translation>Revocare l&apos;assegnazione al partner</translation>
    </message>
    <message>
        <source>Edit contact data…</source>
        <translation>Modificare i dati di contatto…</translation>
    </message>
    <message>
        <source>Choose colleague…</source>
        <translation>Scegliere il collega…</translation>
    </message>
    <message>
        <source>Remove colleague</source>
        <translation>Rimuovere il collega</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Aggiungere una nota…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Allegare un documento…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aggiungere un&apos;attività…</translation>
    </message>
    <message>
        <source>Assign externally…</source>
        <translation>Assegnare esternamente…</translation>
    </message>
    <message>
        <source>Send external e-mail again</source>
        <translation>Inviare di nuovo l&apos;e-mail esterna</translation>
    </message>
    <message>
        <source>Communicate changes externally</source>
        <translation>Comunicare le modifiche all&apos;esterno</translation>
    </message>
    <message>
        <source>Record external step…</source>
        <translation>Registrare un passo esterno…</translation>
    </message>
    <message>
        <source>Check for duplicates…</source>
        <translation>Controllare i duplicati…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Scartare…</translation>
    </message>
    <message>
        <source>Close as won or lost…</source>
        <translation>Chiudere come vinta o persa…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Esporta i dati personali…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella i dati personali…</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Not possible</source>
        <translation>Non possibile</translation>
    </message>
    <message>
        <source>Decline enquiry</source>
        <translation>Rifiutare richiesta</translation>
    </message>
    <message>
        <source>Why do you decline it?</source>
        <translation>Perché rifiuti la richiesta?</translation>
    </message>
    <message>
        <source>Reject assignment</source>
        <translation>Respingere l&apos;assegnazione</translation>
    </message>
    <message>
        <source>Why do you hand it back?</source>
        <translation>Perché restituisci la richiesta?</translation>
    </message>
    <message>
        <source>Discard enquiry</source>
        <translation>Scartare richiesta</translation>
    </message>
    <message>
        <source>Why is it discarded?</source>
        <translation>Perché viene scartata?</translation>
    </message>
    <message>
        <source>Assign to a person</source>
        <translation>Assegnare a una persona</translation>
    </message>
    <message>
        <source>Choose colleague</source>
        <translation>Scegliere il collega</translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation>Modificare i dati di contatto</translation>
    </message>
    <message>
        <source>New enquiry</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Allegare un documento</translation>
    </message>
    <message>
        <source>Attaching a file needs a connection to the server. Please try again when you are online.</source>
        <translation>Per allegare un file serve una connessione al server. Riprova quando sei online.</translation>
    </message>
    <message>
        <source>Opening a document needs a connection to the server.</source>
        <translation>Per aprire un documento serve una connessione al server.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Pagina rivenditore</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitato</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Questo dispositivo</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>questo dispositivo</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Partner companies</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Instradamenti</translation>
    </message>
    <message>
        <source>Intake keys</source>
        <translation>Chiavi di ingresso</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>I miei dispositivi</translation>
    </message>
</context>
<context>
    <name>AdminRefusal</name>
    <message>
        <source>The server does not offer this (is it an older version?).</source>
        <translation>Il server non offre questa funzione (è una versione precedente?).</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>Il server non è riuscito a leggere i dati inviati.</translation>
    </message>
    <message>
        <source>This is more than the server takes at once.</source>
        <translation>È più di quanto il server accetti in una volta.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Solo un amministratore può farlo.</translation>
    </message>
    <message>
        <source>This does not exist (any more).</source>
        <translation>Non esiste (più).</translation>
    </message>
    <message>
        <source>This company does not exist (any more).</source>
        <translation>Questa azienda non esiste (più).</translation>
    </message>
    <message>
        <source>This partner company does not exist (any more).</source>
        <translation>Questo partner non esiste (più).</translation>
    </message>
    <message>
        <source>This person does not exist (any more).</source>
        <translation>Questa persona non esiste (più).</translation>
    </message>
    <message>
        <source>The person to hand the enquiries to does not exist (any more).</source>
        <translation>La persona a cui passare le richieste non esiste (più).</translation>
    </message>
    <message>
        <source>This route does not exist (any more).</source>
        <translation>Questo instradamento non esiste (più).</translation>
    </message>
    <message>
        <source>This intake key does not exist (any more).</source>
        <translation>Questa chiave di ingresso non esiste (più).</translation>
    </message>
    <message>
        <source>This device does not exist (any more).</source>
        <translation>Questo dispositivo non esiste (più).</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Il server non ha accettato i dati.</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>compilare questo campo.</translation>
    </message>
    <message>
        <source>at least %2 characters.</source>
        <translation>almeno %2 caratteri.</translation>
    </message>
    <message>
        <source>at most %2 characters.</source>
        <translation>al massimo %2 caratteri.</translation>
    </message>
    <message>
        <source>at least %2 entries.</source>
        <translation>almeno %2 voci.</translation>
    </message>
    <message>
        <source>at most %2 entries.</source>
        <translation>al massimo %2 voci.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>the server does not know this field (is it an older version?).</source>
        <translation>il server non conosce questo campo (è una versione precedente?).</translation>
    </message>
    <message>
        <source>this value is not valid.</source>
        <translation>questo valore non è valido.</translation>
    </message>
    <message>
        <source>The server has no head office yet: it must first be set up (enquiry-server init).</source>
        <translation>Il server non ha ancora una sede centrale: va prima configurato (enquiry-server init).</translation>
    </message>
    <message>
        <source>Unknown country code “%1”: use two letters such as IT, DE or AT.</source>
        <translation>Codice paese sconosciuto “%1”: usare due lettere come IT, DE o AT.</translation>
    </message>
    <message>
        <source>“%1” is not a region of this country with its own public holidays.</source>
        <translation>“%1” non è una regione di questo paese con festività proprie.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: use a name such as Europe/Rome or Europe/Berlin.</source>
        <translation>Fuso orario sconosciuto “%1”: usare un nome come Europe/Rome o Europe/Berlin.</translation>
    </message>
    <message>
        <source>This is not a postcode range or prefix.</source>
        <translation>Non è un intervallo né un prefisso di CAP.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode range or prefix such as 80000-87999 or 39.</source>
        <translation>“%1” non è un intervallo o un prefisso di CAP come 80000-87999 o 39.</translation>
    </message>
    <message>
        <source>“%1”: a range has exactly one dash, LOW-HIGH.</source>
        <translation>“%1”: un intervallo ha esattamente un trattino, DA-A.</translation>
    </message>
    <message>
        <source>“%1”: both ends of a range need the same number of characters.</source>
        <translation>“%1”: i due estremi di un intervallo devono avere lo stesso numero di caratteri.</translation>
    </message>
    <message>
        <source>“%1”: the range ends below its start.</source>
        <translation>“%1”: l&apos;intervallo finisce prima del suo inizio.</translation>
    </message>
    <message>
        <source>each entry is a range LOW-HIGH (e.g. 80000-87999).</source>
        <translation>ogni voce è un intervallo DA-A (p. es. 80000-87999).</translation>
    </message>
    <message>
        <source>a prefix has no dash (e.g. 39); a range is written LOW-HIGH.</source>
        <translation>un prefisso non ha trattini (p. es. 39); un intervallo si scrive DA-A.</translation>
    </message>
    <message>
        <source>An active company is already called “%1”: choose a distinct name.</source>
        <translation>Un&apos;azienda attiva si chiama già “%1”: scegliere un altro nome.</translation>
    </message>
    <message>
        <source>there is no such partner company.</source>
        <translation>questo partner non esiste.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 è disattivato.</translation>
    </message>
    <message>
        <source>there is no such head-office person.</source>
        <translation>questa persona della sede centrale non esiste.</translation>
    </message>
    <message>
        <source>there is no such person at %1.</source>
        <translation>questa persona non esiste presso %1.</translation>
    </message>
    <message>
        <source>The chain is not valid.</source>
        <translation>La catena non è valida.</translation>
    </message>
    <message>
        <source>add at least one partner or head-office person.</source>
        <translation>aggiungere almeno un partner o una persona della sede centrale.</translation>
    </message>
    <message>
        <source>at most %2 steps.</source>
        <translation>al massimo %2 passaggi.</translation>
    </message>
    <message>
        <source>%1 is already in the chain.</source>
        <translation>%1 è già nella catena.</translation>
    </message>
    <message>
        <source>each step is a partner or a head-office person.</source>
        <translation>ogni passaggio è un partner o una persona della sede centrale.</translation>
    </message>
    <message>
        <source>These roles are not valid here.</source>
        <translation>Questi ruoli qui non sono validi.</translation>
    </message>
    <message>
        <source>choose at least one role.</source>
        <translation>scegliere almeno un ruolo.</translation>
    </message>
    <message>
        <source>not for people of this company: %1.</source>
        <translation>non per le persone di questa azienda: %1.</translation>
    </message>
    <message>
        <source>Another account already uses this login.</source>
        <translation>Un altro account usa già questo login.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Non è possibile disattivare il proprio account.</translation>
    </message>
    <message>
        <source>%1 works for another company.</source>
        <translation>%1 lavora per un&apos;altra azienda.</translation>
    </message>
    <message>
        <source>Choose someone else to hand these enquiries to.</source>
        <translation>Scegliere un&apos;altra persona a cui passare queste richieste.</translation>
    </message>
    <message>
        <source>This invitation or reset code is not valid (any more): ask your administrator for a new one.</source>
        <translation>Questo codice di invito o di reimpostazione non è (più) valido: chiederne uno nuovo al proprio amministratore.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <source>choose a password different from the current one.</source>
        <translation>scegliere una password diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Login (e-mail)</source>
        <translation>Login (e-mail)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Passarle a</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Chain, step %1</source>
        <translation>Catena, passaggio %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, voce %2</translation>
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
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Choose a row to see its details.</source>
        <translation>Scegliere una riga per vederne i dettagli.</translation>
    </message>
</context>
<context>
    <name>AppointmentBox</name>
    <message>
        <source>(choose)</source>
        <translation>(scegli)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Field rep</source>
        <translation>Addetto al servizio esterno</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Contact was made</source>
        <translation>Contatto avvenuto</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(nessuna valutazione)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Richiamare</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Field-service appointment</source>
        <translation>Appuntamento del servizio esterno</translation>
    </message>
    <message>
        <source>The field rep receives the call protocol by e-mail.</source>
        <translation>L&apos;addetto al servizio esterno riceve il protocollo della chiamata via e-mail.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
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
        <translation>%1 (sede centrale)</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – non più attivo</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Partner or head-office person to add</source>
        <translation>Partner o persona della sede centrale da aggiungere</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungere</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Spostare su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Spostare giù</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovere</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ripetere la nuova password</translation>
    </message>
    <message>
        <source>Your other devices are signed out and need the new password.</source>
        <translation>Gli altri dispositivi vengono disconnessi e richiedono la nuova password.</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Inserire la password attuale.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>La nuova password richiede almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Le due nuove password sono diverse.</translation>
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
        <translation>pagina del rivenditore</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
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
        <translation>Chiudere richiesta</translation>
    </message>
    <message>
        <source>Won: the customer ordered</source>
        <translation>Vinta: il cliente ha ordinato</translation>
    </message>
    <message>
        <source>Lost: no order</source>
        <translation>Persa: nessun ordine</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Osservazione</translation>
    </message>
    <message>
        <source>Please choose won or lost.</source>
        <translation>Scegli vinta o persa.</translation>
    </message>
</context>
<context>
    <name>ColleagueTile</name>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Choose a colleague</source>
        <translation>Scegliere un collega</translation>
    </message>
    <message>
        <source>Remove the colleague</source>
        <translation>Rimuovere il collega</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
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
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificata</translation>
    </message>
</context>
<context>
    <name>CompaniesTab</name>
    <message>
        <source>New partner…</source>
        <translation>Nuovo partner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Disattiva…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Overlaps %1 (%2 meets %3)</source>
        <translation>Si sovrappone a %1 (%2 incontra %3)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 è stato aggiunto.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 è stato salvato.</translation>
    </message>
    <message>
        <source>Deactivate partner</source>
        <translation>Disattiva partner</translation>
    </message>
    <message>
        <source>%1 gets no new offers; its pending offers move on along their chains.</source>
        <translation>%1 non riceve nuove assegnazioni; quelle in sospeso passano al successivo della catena.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 è stato disattivato.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 è di nuovo attivo.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit partner company</source>
        <translation>Modifica partner</translation>
    </message>
    <message>
        <source>New partner company</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <source>DE, IT, AT…</source>
        <translation>IT, DE, AT…</translation>
    </message>
    <message>
        <source>e.g. BY (for public holidays)</source>
        <translation>es. BZ (per i giorni festivi)</translation>
    </message>
    <message>
        <source>80000-87999, 39</source>
        <translation>39000-39999, 38</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Inserire il nome dell&apos;azienda.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>Il paese è un codice di due lettere come IT o DE.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Please enter at least a last name, an e-mail address or a phone number.</source>
        <translation>Inserisci almeno un cognome, un indirizzo e-mail o un numero di telefono.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Inserisci un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE, IT or AT.</source>
        <translation>Il paese è un codice di due lettere, ad esempio DE, IT o AT.</translation>
    </message>
</context>
<context>
    <name>ContactStatusDialog</name>
    <message>
        <source>Call centre</source>
        <translation>Call center</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>(no rating)</source>
        <translation>(nessuna valutazione)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When marked done, an entry is written to the contact history</source>
        <translation>Quando viene segnato come completato, viene scritta una voce nello storico contatti</translation>
    </message>
    <message>
        <source>, with these notes.</source>
        <translation>, con queste note.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Servizio esterno</translation>
    </message>
    <message>
        <source>The protocol e-mail to the field rep is not sent from this dialog; please tell the field reps concerned yourself.</source>
        <translation>L&apos;e-mail con il protocollo per l&apos;addetto al servizio esterno non viene inviata da questa finestra; avvisa tu gli addetti interessati.</translation>
    </message>
    <message>
        <source>Contact was already made and this survey does not let agents switch; the follow-up is moved to another agent anyway (e.g. when the agent is ill).</source>
        <translation>Il contatto è già avvenuto e questo sondaggio non consente agli agenti di cambiare; il richiamo viene comunque assegnato a un altro agente (ad es. se l&apos;agente è malato).</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Enquiry Desk ran into an unexpected problem. Your changes are safe. Details were written to %1.</source>
        <translation>Enquiry Desk ha riscontrato un problema imprevisto. Le tue modifiche sono al sicuro. I dettagli sono stati scritti in %1.</translation>
    </message>
</context>
<context>
    <name>DesktopNotices</name>
    <message>
        <source>New offer</source>
        <translation>Nuova offerta</translation>
    </message>
    <message>
        <source>Offer: 8 working hours left</source>
        <translation>Offerta: ancora 8 ore lavorative</translation>
    </message>
    <message>
        <source>… and %1 more new offers or reminders</source>
        <translation>… e altre %1 nuove offerte o promemoria</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Enquiry details</source>
        <translation>Dettagli della richiesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>External assignment</source>
        <translation>Assegnazione esterna</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Select an enquiry to see its details.</source>
        <translation>Seleziona una richiesta per vederne i dettagli.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuova)</translation>
    </message>
    <message>
        <source>Changed by someone else since you took it</source>
        <translation>Modificato da un&apos;altra persona da quando l&apos;hai presa in carico</translation>
    </message>
    <message>
        <source> (waiting to be sent)</source>
        <translation> (in attesa di invio)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Proposta a</translation>
    </message>
    <message>
        <source>your company: accept it to see the contact and work on it</source>
        <translation>la tua azienda: accettala per vedere il contatto ed elaborarla</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Assegnata da</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Contact (anonymised until accepted)</source>
        <translation>Contatto (anonimizzato fino all&apos;accettazione)</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>No notes, documents or tasks yet.</source>
        <translation>Ancora nessuna nota, documento o attività.</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnata a</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>E-mail inviate</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Sign out this device</source>
        <translation>Disconnetti questo dispositivo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>The device was signed out.</source>
        <translation>Il dispositivo è stato disconnesso.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Sending %1…</source>
        <translation>Invio di %1…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Download di %1…</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Back to the report</source>
        <translation>Tornare al report</translation>
    </message>
    <message>
        <source>Show all enquiries</source>
        <translation>Mostrare tutte le richieste</translation>
    </message>
    <message>
        <source>Report: %1 — %2 enquiries</source>
        <translation>Report: %1 — %2 richieste</translation>
    </message>
    <message>
        <source>(%1 of them are not in your list)</source>
        <translation>(%1 di queste non sono nel proprio elenco)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Check for duplicates</source>
        <translation>Controllare i duplicati</translation>
    </message>
    <message>
        <source>matches:</source>
        <translation>corrispondenza:</translation>
    </message>
    <message>
        <source>%1 %2 may already be one of your contacts.</source>
        <translation>%1 %2 potrebbe essere già uno dei tuoi contatti.</translation>
    </message>
    <message>
        <source>No existing contact matches this enquiry.</source>
        <translation>Nessun contatto esistente corrisponde a questa richiesta.</translation>
    </message>
    <message>
        <source>Link to the selected contact</source>
        <translation>Collegare al contatto selezionato</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Creare un nuovo contatto</translation>
    </message>
    <message>
        <source>Please choose a contact or create a new one.</source>
        <translation>Scegli un contatto o creane uno nuovo.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>stesso telefono</translation>
    </message>
    <message>
        <source>similar name, same postcode</source>
        <translation>nome simile, stesso CAP</translation>
    </message>
</context>
<context>
    <name>EnquiryList</name>
    <message>
        <source>Enquiries</source>
        <translation>Richieste</translation>
    </message>
</context>
<context>
    <name>EnquiryListModel</name>
    <message>
        <source>Changed by someone else: %s</source>
        <translation>Modificato da un&apos;altra persona: %s</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuova)</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonimizzato)</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>routed</source>
        <translation>assegnata automaticamente</translation>
    </message>
    <message>
        <source>assigned to {detail}</source>
        <translation>assegnata a {detail}</translation>
    </message>
    <message>
        <source>assignment revoked</source>
        <translation>assegnazione revocata</translation>
    </message>
    <message>
        <source>assignment rejected: {detail}</source>
        <translation>assegnazione respinta: {detail}</translation>
    </message>
    <message>
        <source>colleague set: {detail}</source>
        <translation>collega impostato: {detail}</translation>
    </message>
    <message>
        <source>colleague removed</source>
        <translation>collega rimosso</translation>
    </message>
    <message>
        <source>offered to {detail}</source>
        <translation>proposta al partner {detail}</translation>
    </message>
    <message>
        <source>offer revoked</source>
        <translation>assegnazione al partner revocata</translation>
    </message>
    <message>
        <source>offer accepted</source>
        <translation>richiesta accettata</translation>
    </message>
    <message>
        <source>offer declined: {detail}</source>
        <translation>richiesta rifiutata: {detail}</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>scadenza superata</translation>
    </message>
    <message>
        <source>forwarded to {detail}</source>
        <translation>inoltrata a {detail}</translation>
    </message>
    <message>
        <source>returned: nobody accepted in time</source>
        <translation>restituita: nessuno l&apos;ha accettata in tempo</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>scartata</translation>
    </message>
    <message>
        <source>closed: {detail}</source>
        <translation>chiusa: {detail}</translation>
    </message>
    <message>
        <source>contact data changed: {detail}</source>
        <translation>dati di contatto modificati: {detail}</translation>
    </message>
    <message>
        <source>note added</source>
        <translation>nota aggiunta</translation>
    </message>
    <message>
        <source>document added: {detail}</source>
        <translation>documento aggiunto: {detail}</translation>
    </message>
    <message>
        <source>task added: {detail}</source>
        <translation>attività aggiunta: {detail}</translation>
    </message>
    <message>
        <source>assigned externally to {detail}</source>
        <translation>assegnata esternamente a {detail}</translation>
    </message>
    <message>
        <source>external e-mail sent again</source>
        <translation>e-mail esterna inviata di nuovo</translation>
    </message>
    <message>
        <source>changes sent externally: {detail}</source>
        <translation>modifiche comunicate all&apos;esterno: {detail}</translation>
    </message>
    <message>
        <source>external step recorded</source>
        <translation>passo esterno registrato</translation>
    </message>
    <message>
        <source>linked to a contact</source>
        <translation>collegata a un contatto</translation>
    </message>
    <message>
        <source>changes seen</source>
        <translation>modifiche viste</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabella come CSV…</translation>
    </message>
    <message>
        <source>Table and enquiries as Excel workbook…</source>
        <translation>Tabella e richieste come cartella di lavoro Excel…</translation>
    </message>
    <message>
        <source>Enquiries behind the report as CSV…</source>
        <translation>Richieste alla base del report come CSV…</translation>
    </message>
    <message>
        <source>One-page summary as PDF…</source>
        <translation>Riepilogo di una pagina come PDF…</translation>
    </message>
    <message>
        <source>enquiry-report</source>
        <translation>report-richieste</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Non c&apos;è ancora nessun report da esportare.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Esportare la tabella</translation>
    </message>
    <message>
        <source>Export the enquiries</source>
        <translation>Esportare le richieste</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Esportare in Excel</translation>
    </message>
    <message>
        <source>Export a summary</source>
        <translation>Esportare un riepilogo</translation>
    </message>
</context>
<context>
    <name>ExternalDialog</name>
    <message>
        <source>Assign externally by e-mail</source>
        <translation>Assegnare esternamente via e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>You stay in charge. The assignment cannot be revoked, only sent again.</source>
        <translation>Rimani tu il responsabile. L&apos;assegnazione non può essere revocata, solo inviata di nuovo.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Inserisci il nome.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Inserisci un indirizzo e-mail valido.</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The disk is full. Free some space; nothing you entered was lost.</source>
        <translation>Il disco è pieno. Liberate spazio; nulla di quanto inserito è andato perso.</translation>
    </message>
    <message>
        <source>Enquiry Desk may not read or write %1.</source>
        <translation>Enquiry Desk non può leggere o scrivere %1.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Impossibile leggere o scrivere il file: %1</translation>
    </message>
    <message>
        <source>The local data is busy (another Enquiry Desk window?). Please try again.</source>
        <translation>I dati locali sono occupati (un&apos;altra finestra di Enquiry Desk?). Riprovate.</translation>
    </message>
    <message>
        <source>Files may be at most 20 MB.</source>
        <translation>I file possono essere al massimo di 20 MB.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Il server ha rifiutato questa modifica.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Località</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Enquiries held by %1</source>
        <translation>Richieste di %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n open enquiries:</source>
        <translation>
            <numerusform>%1 ha %n richiesta aperta in carico:</numerusform>
            <numerusform>%1 ha %n richieste aperte in carico:</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand these to</source>
        <translation>Passarle a</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>There is no active colleague to hand them to.</source>
        <translation>Non c&apos;è un collega attivo a cui passarle.</translation>
    </message>
</context>
<context>
    <name>IntakeKeyDialog</name>
    <message>
        <source>New intake key</source>
        <translation>Nuova chiave di ingresso</translation>
    </message>
    <message>
        <source>e.g. website contact form</source>
        <translation>es. modulo di contatto del sito</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Dealer page</source>
        <translation>Pagina rivenditore</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Please enter a label to tell the key apart.</source>
        <translation>Inserire un&apos;etichetta per distinguere la chiave.</translation>
    </message>
    <message>
        <source>A dealer page&apos;s key belongs to a partner: choose one.</source>
        <translation>La chiave di una pagina rivenditore appartiene a un partner: sceglierne uno.</translation>
    </message>
</context>
<context>
    <name>IntakeKeysTab</name>
    <message>
        <source>New key…</source>
        <translation>Nuova chiave…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocata</translation>
    </message>
    <message>
        <source>Key %1 was issued.</source>
        <translation>La chiave %1 è stata emessa.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoca chiave</translation>
    </message>
    <message>
        <source>Forms using %1 stop being accepted at once.</source>
        <translation>I moduli che usano %1 non vengono più accettati da subito.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Key %1 was revoked.</source>
        <translation>La chiave %1 è stata revocata.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>I have an invitation</source>
        <translation>Ho un invito</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>il codice dell&apos;e-mail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Ancora una volta</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Imposta password</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>L&apos;indirizzo del server inizia con https:// (o http:// in una rete locale).</translation>
    </message>
    <message>
        <source>Please paste the code from the e-mail.</source>
        <translation>Incollate il codice dell&apos;e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La password deve avere almeno %n carattere.</numerusform>
            <numerusform>La password deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Impostazione della password…</translation>
    </message>
</context>
<context>
    <name>KeySecretDialog</name>
    <message>
        <source>The new intake key</source>
        <translation>La nuova chiave di ingresso</translation>
    </message>
    <message>
        <source>Copy the key now: it is shown only this once. Give it to whoever runs the form.</source>
        <translation>Copiare la chiave ora: viene mostrata solo questa volta. Darla a chi gestisce il modulo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiata</translation>
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
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Search enquiries…</source>
        <translation>Cerca richieste…</translation>
    </message>
    <message>
        <source>Search enquiries</source>
        <translation>Cerca richieste</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>Filtri rapidi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondaggi</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <source>%1
The data of this sign-in was removed from this computer.</source>
        <translation>%1
I dati di questo accesso sono stati rimossi da questo computer.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rifiutato dal server: %1</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifiche (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n new</source>
        <translation>
            <numerusform>Notifiche: %n nuova</numerusform>
            <numerusform>Notifiche: %n nuove</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notification settings were saved.</source>
        <translation>Le impostazioni delle notifiche sono state salvate.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>La password è stata cambiata.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Aggiungere una nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>{number} was assigned to you</source>
        <translation>{number} ti è stata assegnata</translation>
    </message>
    <message>
        <source>{number} was offered to you</source>
        <translation>{number} è stata proposta alla tua azienda</translation>
    </message>
    <message>
        <source>{number} was forwarded to you</source>
        <translation>{number} ti è stata inoltrata</translation>
    </message>
    <message>
        <source>{number} was routed to you</source>
        <translation>{number} ti è stata assegnata automaticamente</translation>
    </message>
    <message>
        <source>{number}: the partner accepted</source>
        <translation>{number}: il partner ha accettato</translation>
    </message>
    <message>
        <source>{number}: the partner declined</source>
        <translation>{number}: il partner ha rifiutato</translation>
    </message>
    <message>
        <source>{number}: the deadline passed</source>
        <translation>{number}: la scadenza è passata</translation>
    </message>
    <message>
        <source>{number} came back: nobody accepted in time</source>
        <translation>{number} è tornata indietro: nessuno l&apos;ha accettata in tempo</translation>
    </message>
    <message>
        <source>{number} was handed back to you</source>
        <translation>{number} ti è stata restituita</translation>
    </message>
    <message>
        <source>{number}: the assignment was revoked</source>
        <translation>{number}: l&apos;assegnazione è stata revocata</translation>
    </message>
    <message>
        <source>{number}: the offer was revoked</source>
        <translation>{number}: l&apos;assegnazione al partner è stata revocata</translation>
    </message>
    <message>
        <source>You are now in charge of {number}</source>
        <translation>Ora sei responsabile di {number}</translation>
    </message>
    <message>
        <source>{number}: a note was added</source>
        <translation>{number}: è stata aggiunta una nota</translation>
    </message>
    <message>
        <source>{number}: a document was added</source>
        <translation>{number}: è stato aggiunto un documento</translation>
    </message>
    <message>
        <source>{number}: a task was added</source>
        <translation>{number}: è stata aggiunta un&apos;attività</translation>
    </message>
    <message>
        <source>{number}: contact data changed</source>
        <translation>{number}: i dati di contatto sono cambiati</translation>
    </message>
    <message>
        <source>{number} is new for you</source>
        <translation>{number} è nuova per te</translation>
    </message>
    <message>
        <source>{number}: 8 working hours left to answer the offer</source>
        <translation>{number}: ancora 8 ore lavorative per rispondere all&apos;offerta</translation>
    </message>
</context>
<context>
    <name>NotificationPrefsDialog</name>
    <message>
        <source>New offers</source>
        <translation>Nuove offerte</translation>
    </message>
    <message>
        <source>Deadline reminders (8 working hours left)</source>
        <translation>Promemoria di scadenza (ancora 8 ore lavorative)</translation>
    </message>
    <message>
        <source>Enquiries assigned or handed back to me</source>
        <translation>Richieste assegnate o restituite a me</translation>
    </message>
    <message>
        <source>What others do on my enquiries</source>
        <translation>Ciò che altri fanno sulle mie richieste</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>nessuna e-mail</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>subito</translation>
    </message>
    <message>
        <source>in the daily digest</source>
        <translation>nel riepilogo giornaliero</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Nell&apos;app</translation>
    </message>
    <message>
        <source>Desktop message</source>
        <translation>Messaggio sul desktop</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Daily digest at</source>
        <translation>Riepilogo giornaliero alle</translation>
    </message>
    <message>
        <source>Language of the e-mails</source>
        <translation>Lingua delle e-mail</translation>
    </message>
    <message>
        <source>The digest hour is in your company&apos;s time zone (%1).</source>
        <translation>L&apos;ora del riepilogo è nel fuso orario della sua azienda (%1).</translation>
    </message>
    <message>
        <source>New offers and reminders must reach you somehow: an offer expires in 48 working hours.</source>
        <translation>Nuove offerte e promemoria devono raggiungerla in qualche modo: un&apos;offerta scade dopo 48 ore lavorative.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rifiutato dal server</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rifiutato dal server: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Niente di nuovo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Segna tutto come letto</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n nuova</numerusform>
            <numerusform>%1 — %n nuove</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer to a partner</source>
        <translation>Assegnare a un partner</translation>
    </message>
    <message>
        <source>%1 (suggested by routing, %2.)</source>
        <translation>%1 (%2° suggerimento dell&apos;assegnazione automatica)</translation>
    </message>
    <message>
        <source>Search partners…</source>
        <translation>Cerca partner…</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Cerca partner</translation>
    </message>
    <message>
        <source>Person at the partner</source>
        <translation>Persona presso il partner</translation>
    </message>
    <message>
        <source>Person (optional)</source>
        <translation>Persona (facoltativa)</translation>
    </message>
    <message>
        <source>anyone at the partner</source>
        <translation>chiunque presso il partner</translation>
    </message>
    <message>
        <source>Please choose a partner.</source>
        <translation>Scegli un partner.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Not possible</source>
        <translation>Non possibile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>New account…</source>
        <translation>Nuovo account…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Disattiva…</translation>
    </message>
    <message>
        <source>Send password link</source>
        <translation>Invia link password</translation>
    </message>
    <message>
        <source>Held enquiries…</source>
        <translation>Richieste in carico…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>%1 was added and invited by e-mail.</source>
        <translation>%1 è stato aggiunto e invitato per e-mail.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 è stato salvato.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 è di nuovo attivo.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Disattiva account</translation>
    </message>
    <message>
        <source>%1 is signed out everywhere at once and can no longer sign in.</source>
        <translation>%1 viene disconnesso ovunque subito e non può più accedere.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 è stato disattivato.</translation>
    </message>
    <message>
        <source>%1 holds no open enquiries.</source>
        <translation>%1 non ha richieste aperte in carico.</translation>
    </message>
    <message>
        <source>%1 handed over, %2 refused.</source>
        <translation>%1 passate, %2 rifiutate.</translation>
    </message>
    <message>
        <source>%1 gets an e-mail with a link to choose a new password.</source>
        <translation>%1 riceve un&apos;e-mail con un link per scegliere una nuova password.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Search by name…</source>
        <translation>Cerca per nome…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Cerca persone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Please choose a person.</source>
        <translation>Scegli una persona.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Address-book entries</source>
        <translation>Voci della rubrica</translation>
    </message>
    <message>
        <source>Call-centre contacts</source>
        <translation>Contatti del call center</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Esportato il</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Personal data held about one person</source>
        <translation>Dati personali conservati su una persona</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interesse di prodotto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Responsible (controller)</source>
        <translation>Titolare del trattamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
</context>
<context>
    <name>PrivacyRequests</name>
    <message>
        <source>This request needs a connection to the server. Please try again when you are online.</source>
        <translation>Questa richiesta richiede una connessione al server. Riprova quando sei online.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 for good?</source>
        <translation>Cancellare definitivamente i dati personali di %1?</translation>
    </message>
    <message>
        <source>The enquiry with its contact data, notes, files and e-mails, the same person&apos;s address-book entries and call-centre contacts are removed from the server and, at their next synchronisation, from every computer. This cannot be undone.</source>
        <translation>La richiesta con i dati di contatto, le note, i file e le e-mail, le voci della rubrica e i contatti del call center della stessa persona vengono rimossi dal server e, alla loro prossima sincronizzazione, da ogni computer. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased: %n item(s) removed.</source>
        <translation>
            <numerusform>Dati personali cancellati: %n voce rimossa.</numerusform>
            <numerusform>Dati personali cancellati: %n voci rimosse.</numerusform>
        </translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>dati-personali-%1.pdf</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Esporta i dati personali</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Impossibile scrivere l&apos;esportazione: %1</translation>
    </message>
    <message>
        <source>Personal data exported to %1 and %2.</source>
        <translation>Dati personali esportati in %1 e %2.</translation>
    </message>
</context>
<context>
    <name>QuickFilter</name>
    <message>
        <source>All enquiries</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <source>Offered to us</source>
        <translation>Proposte a noi</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>Assegnate da me</translation>
    </message>
    <message>
        <source>Expired / returned</source>
        <translation>Scadute / restituite</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>Indica un motivo.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>This enquiry does not exist or is not visible to you.</source>
        <translation>Questa richiesta non esiste o non è visibile per te.</translation>
    </message>
    <message>
        <source>The personal data of this enquiry was erased (data protection); the change was not applied.</source>
        <translation>I dati personali di questa richiesta sono stati cancellati (protezione dei dati); la modifica non è stata applicata.</translation>
    </message>
    <message>
        <source>This contact does not exist or is not visible to you.</source>
        <translation>Questo contatto non esiste o non è visibile per te.</translation>
    </message>
    <message>
        <source>The file for this document has not been uploaded.</source>
        <translation>Il file di questo documento non è stato caricato.</translation>
    </message>
    <message>
        <source>An enquiry with this id already exists.</source>
        <translation>Esiste già una richiesta con questo ID.</translation>
    </message>
    <message>
        <source>Only the person in charge of this enquiry may do this.</source>
        <translation>Solo il responsabile di questa richiesta può farlo.</translation>
    </message>
    <message>
        <source>Only people of the company that owns this enquiry may do this.</source>
        <translation>Solo le persone dell&apos;azienda a cui appartiene questa richiesta possono farlo.</translation>
    </message>
    <message>
        <source>Only the person who assigned this enquiry may revoke it.</source>
        <translation>Solo chi ha assegnato questa richiesta può revocarla.</translation>
    </message>
    <message>
        <source>This enquiry is not assigned to anyone to take back.</source>
        <translation>Questa richiesta non è assegnata a nessuno: non c&apos;è nulla da revocare.</translation>
    </message>
    <message>
        <source>Only head office may offer enquiries to partners.</source>
        <translation>Solo la sede centrale può assegnare richieste ai partner.</translation>
    </message>
    <message>
        <source>This enquiry is not waiting for a decision.</source>
        <translation>Questa richiesta non è in attesa di una decisione.</translation>
    </message>
    <message>
        <source>This enquiry was not offered to your company.</source>
        <translation>Questa richiesta non è stata proposta alla tua azienda.</translation>
    </message>
    <message>
        <source>Accept the offer before working on this enquiry.</source>
        <translation>Accetta la richiesta prima di elaborarla.</translation>
    </message>
    <message>
        <source>This enquiry is already offered to a partner.</source>
        <translation>Questa richiesta è già stata proposta a un partner.</translation>
    </message>
    <message>
        <source>This enquiry has already been accepted.</source>
        <translation>Questa richiesta è già stata accettata.</translation>
    </message>
    <message>
        <source>The deadline for this offer passed on {deadline}; it has gone back to head office.</source>
        <translation>La scadenza di questa richiesta è passata il {deadline}; la richiesta è tornata alla sede centrale.</translation>
    </message>
    <message>
        <source>The time to decide on this offer ran out; it has gone back to head office.</source>
        <translation>La scadenza di questa richiesta è passata; la richiesta è tornata alla sede centrale.</translation>
    </message>
    <message>
        <source>Head office has withdrawn this offer.</source>
        <translation>La sede centrale ha revocato l&apos;assegnazione al partner.</translation>
    </message>
    <message>
        <source>The deadline of this offer has not passed yet.</source>
        <translation>La scadenza di questa richiesta non è ancora passata.</translation>
    </message>
    <message>
        <source>This enquiry is closed and cannot be changed.</source>
        <translation>Questa richiesta è chiusa e non può essere modificata.</translation>
    </message>
    <message>
        <source>This is not possible while the enquiry is {status}.</source>
        <translation>Non è possibile finché la richiesta è nello stato “{status}”.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Indica un motivo.</translation>
    </message>
    <message>
        <source>This person does not exist or is not visible to you.</source>
        <translation>Questa persona non esiste o non è visibile per te.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot take enquiries.</source>
        <translation>{name} non è più attivo e non può prendere in carico richieste.</translation>
    </message>
    <message>
        <source>{name} works for another company.</source>
        <translation>{name} lavora per un&apos;altra azienda.</translation>
    </message>
    <message>
        <source>{name} is already in charge of this enquiry.</source>
        <translation>{name} è già responsabile di questa richiesta.</translation>
    </message>
    <message>
        <source>This company does not exist or is not a partner.</source>
        <translation>Questa azienda non esiste o non è un partner.</translation>
    </message>
    <message>
        <source>This partner is no longer active.</source>
        <translation>Questo partner non è più attivo.</translation>
    </message>
    <message>
        <source>This partner has already declined this enquiry.</source>
        <translation>Questo partner ha già rifiutato questa richiesta.</translation>
    </message>
    <message>
        <source>This enquiry is already assigned externally; you can only send it again.</source>
        <translation>Questa richiesta è già assegnata esternamente; puoi solo inviarla di nuovo.</translation>
    </message>
    <message>
        <source>This enquiry has not been assigned externally.</source>
        <translation>Questa richiesta non è stata assegnata esternamente.</translation>
    </message>
    <message>
        <source>External steps can be recorded only for enquiries of type offer.</source>
        <translation>I passi esterni possono essere registrati solo per le richieste di tipo “offerta”.</translation>
    </message>
    <message>
        <source>Please enter a valid e-mail address.</source>
        <translation>Inserisci un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last message.</source>
        <translation>Non è cambiato nulla dall&apos;ultimo messaggio.</translation>
    </message>
    <message>
        <source>This item was already added.</source>
        <translation>Questo elemento è già stato aggiunto.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Non sei autorizzato a farlo.</translation>
    </message>
    <message>
        <source>Only survey managers may change a contact&apos;s status.</source>
        <translation>Solo i gestori dei sondaggi possono modificare lo stato di un contatto.</translation>
    </message>
    <message>
        <source>This contact is not assigned to you in this survey.</source>
        <translation>Questo contatto non ti è assegnato in questo sondaggio.</translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile; please open it again and check.</source>
        <translation>Un&apos;altra persona ha modificato questo contatto nel frattempo; aprilo di nuovo e controlla.</translation>
    </message>
    <message>
        <source>This rating is not on the survey&apos;s scale.</source>
        <translation>Questa valutazione non fa parte della scala del sondaggio.</translation>
    </message>
    <message>
        <source>A follow-up must lie in the future.</source>
        <translation>Il richiamo deve essere fissato nel futuro.</translation>
    </message>
    <message>
        <source>A contact that is done needs no follow-up.</source>
        <translation>Un contatto completato non ha bisogno di un richiamo.</translation>
    </message>
    <message>
        <source>This agent does not work on this survey.</source>
        <translation>Questo agente non lavora a questo sondaggio.</translation>
    </message>
    <message>
        <source>{name} is no longer active.</source>
        <translation>{name} non è più attivo.</translation>
    </message>
    <message>
        <source>This survey does not arrange field-service appointments.</source>
        <translation>Questo sondaggio non prevede appuntamenti del servizio esterno.</translation>
    </message>
    <message>
        <source>Please choose the field rep for the appointment.</source>
        <translation>Scegli l&apos;addetto al servizio esterno per l&apos;appuntamento.</translation>
    </message>
    <message>
        <source>This field rep is not known or no longer active.</source>
        <translation>Questo addetto al servizio esterno è sconosciuto o non più attivo.</translation>
    </message>
    <message>
        <source>The appointment must lie in the future.</source>
        <translation>L&apos;appuntamento deve essere fissato nel futuro.</translation>
    </message>
    <message>
        <source>Please enter where the appointment takes place.</source>
        <translation>Indica dove si svolge l&apos;appuntamento.</translation>
    </message>
    <message>
        <source>This survey&apos;s period is over.</source>
        <translation>Il periodo di questo sondaggio è terminato.</translation>
    </message>
    <message>
        <source>The request is incomplete or malformed: {detail}</source>
        <translation>Il comando è incompleto o non valido: {detail}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettate</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirate</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>In attesa di risposta</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>Tasso di accettazione</translation>
    </message>
    <message>
        <source>Time to decision, median (working h)</source>
        <translation>Tempo di decisione, mediana (ore lav.)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (working h)</source>
        <translation>Tempo di decisione, p90 (ore lav.)</translation>
    </message>
    <message>
        <source>Time to decision, median (clock h)</source>
        <translation>Tempo di decisione, mediana (ore solari)</translation>
    </message>
    <message>
        <source>Time to decision, p90 (clock h)</source>
        <translation>Tempo di decisione, p90 (ore solari)</translation>
    </message>
    <message>
        <source>Decided within 48 working hours</source>
        <translation>Decise entro 48 ore lavorative</translation>
    </message>
    <message>
        <source>Processed further</source>
        <translation>Lavorate in seguito</translation>
    </message>
    <message>
        <source>Processed further (share)</source>
        <translation>Lavorate in seguito (quota)</translation>
    </message>
    <message>
        <source>Time to first step, median (working h)</source>
        <translation>Tempo al primo passo, mediana (ore lav.)</translation>
    </message>
    <message>
        <source>Silent for 14 days</source>
        <translation>Senza attività da 14 giorni</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinte</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perse</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>Zona CAP</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Prodotto di interesse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Offer round</source>
        <translation>Giro di assegnazione</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>by date received</source>
        <translation>per data di ricezione</translation>
    </message>
    <message>
        <source>by date decided</source>
        <translation>per data di decisione</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>with head office</source>
        <translation>presso la sede centrale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Intervallo precedente</translation>
    </message>
    <message>
        <source>Outcome of the offers by %1</source>
        <translation>Esito delle assegnazioni per %1</translation>
    </message>
    <message>
        <source>Outcome of the offers</source>
        <translation>Esito delle assegnazioni</translation>
    </message>
    <message>
        <source>Offer rounds</source>
        <translation>Giri di assegnazione</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Altri (%1)</translation>
    </message>
    <message>
        <source>Volume over time</source>
        <translation>Volume nel tempo</translation>
    </message>
    <message>
        <source>Time to decision: median %1 h, p90 %2 h</source>
        <translation>Tempo di decisione: mediana %1 h, p90 %2 h</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Tempo di decisione</translation>
    </message>
    <message>
        <source>Working hours from offer to answer</source>
        <translation>Ore lavorative dall&apos;assegnazione alla risposta</translation>
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
        <translation>Dalla richiesta alla lavorazione (% delle ricevute)</translation>
    </message>
    <message>
        <source>No enquiries in this range</source>
        <translation>Nessuna richiesta in questo intervallo</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposte</translation>
    </message>
    <message>
        <source>processed further</source>
        <translation>lavorate in seguito</translation>
    </message>
    <message>
        <source>decided after %1–%2 working hours</source>
        <translation>decise dopo %1–%2 ore lavorative</translation>
    </message>
    <message>
        <source>decided after %1 working hours or more</source>
        <translation>decise dopo %1 o più ore lavorative</translation>
    </message>
    <message>
        <source>Range: %1 – %2, %3</source>
        <translation>Intervallo: %1 – %2, %3</translation>
    </message>
    <message>
        <source>Range: all dates, %1</source>
        <translation>Intervallo: tutte le date, %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtri: %1</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>Filtri: nessuno</translation>
    </message>
    <message>
        <source>Figures of %1 (time zone %2)</source>
        <translation>Dati del %1 (fuso orario %2)</translation>
    </message>
    <message>
        <source>Figure shown: %1</source>
        <translation>Indicatore mostrato: %1</translation>
    </message>
    <message>
        <source>… %1 more rows</source>
        <translation>… altre %1 righe</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Raggruppato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>back to head office</source>
        <translation>tornata alla sede centrale</translation>
    </message>
    <message>
        <source>partner deactivated</source>
        <translation>partner disattivato</translation>
    </message>
    <message>
        <source>Enquiry report</source>
        <translation>Report delle richieste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Offered at</source>
        <translation>Proposta il</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Time to decision (working h)</source>
        <translation>Tempo di decisione (ore lav.)</translation>
    </message>
    <message>
        <source>Time to decision (clock h)</source>
        <translation>Tempo di decisione (ore solari)</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Inoltrata a</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primo passo</translation>
    </message>
    <message>
        <source>First step at</source>
        <translation>Primo passo il</translation>
    </message>
    <message>
        <source>Time to first step (working h)</source>
        <translation>Tempo al primo passo (ore lav.)</translation>
    </message>
    <message>
        <source>Time to first step (clock h)</source>
        <translation>Tempo al primo passo (ore solari)</translation>
    </message>
    <message>
        <source>Latest step at</source>
        <translation>Ultimo passo il</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>first activity (note, document, task or contact)</source>
        <translation>prima attività (nota, documento, attività o contatto)</translation>
    </message>
    <message>
        <source>handed to an external colleague</source>
        <translation>affidata a un collega esterno</translation>
    </message>
    <message>
        <source>consultation appointment</source>
        <translation>appuntamento di consulenza</translation>
    </message>
    <message>
        <source>offer handed over</source>
        <translation>offerta consegnata</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordine</translation>
    </message>
    <message>
        <source>won</source>
        <translation>vinta</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>scartata</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message>
        <source>Compare with the previous range</source>
        <translation>Confrontare con l&apos;intervallo precedente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
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
        <translation>Aggiornare</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportare</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabella del report</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Chiedo al server…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and no report was fetched before.</source>
        <translation>Il server non è raggiungibile e nessun report è stato scaricato prima.</translation>
    </message>
    <message>
        <source>Offline: the report fetched on %1, with the filters of then.</source>
        <translation>Offline: il report scaricato il %1, con i filtri di allora.</translation>
    </message>
    <message>
        <source>Figures of %1 · days in the time zone %2</source>
        <translation>Dati del %1 · giorni nel fuso orario %2</translation>
    </message>
    <message>
        <source>Offline: the enquiries behind a figure need the server.</source>
        <translation>Offline: le richieste alla base di un valore richiedono il server.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Head office</source>
        <translation>Sede centrale</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Survey manager</source>
        <translation>Responsabile sondaggi</translation>
    </message>
    <message>
        <source>Call agent</source>
        <translation>Operatore call center</translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation>Personale partner</translation>
    </message>
    <message>
        <source>Partner administrator</source>
        <translation>Amministratore partner</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Edit route</source>
        <translation>Modifica instradamento</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Nuovo instradamento</translation>
    </message>
    <message>
        <source>80000-87999, 39</source>
        <translation>39000-39999, 38</translation>
    </message>
    <message>
        <source>%1 – no longer active</source>
        <translation>%1 – non più attivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which chain would this enquiry get?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quale catena riceverebbe questa richiesta?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Enter a country and a postcode.</source>
        <translation>Inserire paese e CAP.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Chiedo al server…</translation>
    </message>
    <message>
        <source>Taken for spam (%1).</source>
        <translation>Considerata spam (%1).</translation>
    </message>
    <message>
        <source>No route: head office keeps it.</source>
        <translation>Nessun instradamento: resta alla sede centrale.</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (saltato)</translation>
    </message>
    <message>
        <source>Route %1: %2</source>
        <translation>Instradamento %1: %2</translation>
    </message>
    <message>
        <source>The preview is not available.</source>
        <translation>L&apos;anteprima non è disponibile.</translation>
    </message>
    <message>
        <source>Please enter the route&apos;s name.</source>
        <translation>Inserire il nome dell&apos;instradamento.</translation>
    </message>
    <message>
        <source>The country is a two-letter code such as DE or IT.</source>
        <translation>Il paese è un codice di due lettere come IT o DE.</translation>
    </message>
    <message>
        <source>Add at least one partner or head-office person to the chain.</source>
        <translation>Aggiungere alla catena almeno un partner o una persona della sede centrale.</translation>
    </message>
    <message>
        <source>Choose the person in charge.</source>
        <translation>Scegliere il responsabile.</translation>
    </message>
</context>
<context>
    <name>RoutesTab</name>
    <message>
        <source>New route…</source>
        <translation>Nuovo instradamento…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Postcodes</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Route %1 was saved.</source>
        <translation>L&apos;instradamento %1 è stato salvato.</translation>
    </message>
    <message>
        <source>Route %1 was deactivated.</source>
        <translation>L&apos;instradamento %1 è stato disattivato.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Qualcosa è andato storto; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A new server takes effect at the next sign-in.</source>
        <translation>Un nuovo server vale dal prossimo accesso.</translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation>Notifiche…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambia password…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>L&apos;indirizzo del server inizia con https:// (o http:// in una rete locale).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Enquiry Desk</source>
        <translation>Accedi a Enquiry Desk</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Ricordami su questo computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>I have an invitation…</source>
        <translation>Ho un invito…</translation>
    </message>
    <message>
        <source>Password set. Sign in now.</source>
        <translation>Password impostata. Ora accedete.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>The server address starts with https:// (or http:// on a local network).</source>
        <translation>L&apos;indirizzo del server inizia con https:// (o http:// in una rete locale).</translation>
    </message>
    <message>
        <source>Please enter your login.</source>
        <translation>Inserisci il tuo nome utente.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Inserisci la tua password.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assegnata</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>scartata</translation>
    </message>
    <message>
        <source>won</source>
        <translation>vinta</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>persa</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Consultation appointment (external)</source>
        <translation>Appuntamento di consulenza (esterno)</translation>
    </message>
    <message>
        <source>Offer handover (external)</source>
        <translation>Consegna dell&apos;offerta (esterno)</translation>
    </message>
    <message>
        <source>Order (external)</source>
        <translation>Ordine (esterno)</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Record external step</source>
        <translation>Registrare un passo esterno</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SurveyArea</name>
    <message>
        <source>Search contact persons…</source>
        <translation>Cerca persone di contatto…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Next call…</source>
        <translation>Prossima chiamata…</translation>
    </message>
    <message>
        <source>No surveys yet.</source>
        <translation>Ancora nessun sondaggio.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>History entry when done: %1 · copy notes: %2 · agent may switch: %3 · field-service appointments: %4 · protocol e-mail: %5 · ratings: %6</source>
        <translation>Voce nello storico contatti al completamento: %1 · copia delle note: %2 · l&apos;agente può cambiare: %3 · appuntamenti del servizio esterno: %4 · protocollo via e-mail: %5 · valutazioni: %6</translation>
    </message>
    <message>
        <source>Nothing to call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <source>You have no contacts to call now.</source>
        <translation>Al momento non hai contatti da chiamare.</translation>
    </message>
</context>
<context>
    <name>SurveyColumn</name>
    <message>
        <source>Contact person</source>
        <translation>Persona di contatto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Field service</source>
        <translation>Servizio esterno</translation>
    </message>
</context>
<context>
    <name>SurveyFilter</name>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non completati</translation>
    </message>
    <message>
        <source>With follow-up</source>
        <translation>Con richiamo</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>Richiami in scadenza oggi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completati</translation>
    </message>
    <message>
        <source>With field-service appointment</source>
        <translation>Con appuntamento del servizio esterno</translation>
    </message>
</context>
<context>
    <name>SurveyStatus</name>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No keyring is available on this computer, so your sign-in cannot be remembered: you will be asked for your password next time.</source>
        <translation>Su questo computer non è disponibile alcun portachiavi, quindi il tuo accesso non può essere memorizzato: la prossima volta ti verrà chiesta la password.</translation>
    </message>
    <message>
        <source>The only keyring available ({name}) stores secrets unencrypted. Remember the sign-in there only if nobody else can read your files.</source>
        <translation>L&apos;unico portachiavi disponibile ({name}) conserva i dati segreti senza cifratura. Memorizza lì l&apos;accesso solo se nessun altro può leggere i tuoi file.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in {name}.</source>
        <translation>Il tuo accesso è conservato in {name}.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept and sent later.</source>
        <translation>Il server non è raggiungibile. Le tue modifiche vengono conservate e inviate più tardi.</translation>
    </message>
    <message>
        <source>The server is not available right now. Your changes are kept and sent later.</source>
        <translation>Il server non è disponibile in questo momento. Le tue modifiche vengono conservate e inviate più tardi.</translation>
    </message>
    <message>
        <source>The server is busy right now. Your changes are kept and sent later.</source>
        <translation>Il server è occupato in questo momento. Le modifiche vengono conservate e inviate più tardi.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer. Your changes are kept and sent later.</source>
        <translation>Il server ha dato una risposta inattesa. Le modifiche vengono conservate e inviate più tardi.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Non hai effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>You have been signed out; please sign in again.</source>
        <translation>Sei stato disconnesso; accedi di nuovo.</translation>
    </message>
    <message>
        <source>The server lost track of this device&apos;s changes; they are kept.</source>
        <translation>Il server ha perso traccia delle modifiche di questo dispositivo; vengono conservate.</translation>
    </message>
    <message>
        <source>No stored sign-in: please enter your password.</source>
        <translation>Nessun accesso memorizzato: inserisci la tua password.</translation>
    </message>
    <message>
        <source>The enquiries on this computer are locked with your password: please enter it.</source>
        <translation>Le richieste su questo computer sono protette dalla tua password: inseriscila.</translation>
    </message>
    <message>
        <source>This password does not open the enquiries stored on this computer.</source>
        <translation>Questa password non apre le richieste salvate su questo computer.</translation>
    </message>
    <message>
        <source>Without a secure keyring the enquiries stored on this computer are encrypted with your password: you will be asked for it at every start, also without a connection.</source>
        <translation>Senza un portachiavi sicuro le richieste salvate su questo computer sono cifrate con la tua password: ti verrà chiesta a ogni avvio, anche senza connessione.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait %1 before trying again.</source>
        <translation>Troppi tentativi falliti. Attenda %1 prima di riprovare.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Questo account è stato disattivato.</translation>
    </message>
    <message>
        <source>This device has been signed out; please sign in again.</source>
        <translation>Questo dispositivo è stato disconnesso; accedi di nuovo.</translation>
    </message>
    <message>
        <source>This device has been signed out for safety; please sign in again.</source>
        <translation>Questo dispositivo è stato disconnesso per sicurezza; accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; please sign in again.</source>
        <translation>Il tuo accesso è scaduto; accedi di nuovo.</translation>
    </message>
    <message>
        <source>This code is not valid (any more): it was used, has expired or was replaced by a newer one.</source>
        <translation>Questo codice non è (più) valido: è già stato usato, è scaduto o è stato sostituito da uno più recente.</translation>
    </message>
    <message>
        <source>This computer&apos;s data belongs to another sign-in; please sign in again.</source>
        <translation>I dati di questo computer appartengono a un altro accesso; accedi di nuovo.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 ricevuti</translation>
    </message>
    <message>
        <source>Fetching your enquiries from the server…</source>
        <translation>Caricamento delle vostre richieste dal server…</translation>
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
            <numerusform>%n modifica in attesa</numerusform>
            <numerusform>%n modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizzato alle %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Please update Enquiry Desk: the server asks for version %1 or newer (this is %2).</source>
        <translation>Aggiorni Enquiry Desk: il server richiede la versione %1 o successiva (questa è la %2).</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. Your administrator has the new version.</source>
        <translation>Nel frattempo può continuare a lavorare. Il suo amministratore ha la nuova versione.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 ricevuti</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>Aggiungere un&apos;attività</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Please describe the task.</source>
        <translation>Descrivi l&apos;attività.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Open Enquiry Desk</source>
        <translation>Apri Enquiry Desk</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>Enquiry Desk: %n unread</source>
        <translation>
            <numerusform>Enquiry Desk: %n non letta</numerusform>
            <numerusform>Enquiry Desk: %n non lette</numerusform>
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
        <translation>offerta</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informazioni</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulenza</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogo</translation>
    </message>
    <message>
        <source>service</source>
        <translation>assistenza</translation>
    </message>
</context>
</TS>
