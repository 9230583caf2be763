<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ContentRenderer</name>
    <message>
        <source>Phone</source>
        <extracomment>Above a phone number</extracomment>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <extracomment>Above a number that takes WhatsApp messages</extracomment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Above the website where you can chat with the organisation</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>Meldpunt Kinderporno: information and help</source>
        <translation>Meldpunt Kinderporno: informatie en hulp</translation>
    </message>
    <message>
        <source>Child in direct danger? Call 112</source>
        <translation>Kind in direct gevaar? Bel 112</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>where contact details come from</comment>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>checked: %1</source>
        <comment>a date</comment>
        <translation>gecontroleerd: %1</translation>
    </message>
    <message>
        <source>From the FAQ of Meldpunt Kinderporno (Offlimits). Scan a QR code with your own phone to call or visit.</source>
        <translation>Uit de veelgestelde vragen van Meldpunt Kinderporno (Offlimits). Scan een QR-code met je eigen telefoon om te bellen of de website te openen.</translation>
    </message>
</context>
<context>
    <name>meldpunt::AdminPinDialog</name>
    <message>
        <source>That PIN is not right.</source>
        <translation>Die pincode klopt niet.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Te vaak een verkeerde pincode. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s PIN to leave the kiosk.</source>
        <translation>Typ de pincode van de beheerder om de kiosk te verlaten.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosk verlaten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>meldpunt::AnswerPage</name>
    <message>
        <source>Who can help you further</source>
        <translation>Wie kan je verder helpen</translation>
    </message>
    <message>
        <source>The answer comes from the FAQ of Meldpunt Kinderporno (Offlimits). The question above it was written for this app.</source>
        <translation>Het antwoord komt uit de veelgestelde vragen van Meldpunt Kinderporno (Offlimits). De vraag erboven is voor deze app geschreven.</translation>
    </message>
</context>
<context>
    <name>meldpunt::HandoutBasket</name>
    <message>
        <source>Save handout</source>
        <translation>Hand-out opslaan</translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <comment>default file name</comment>
        <translation>hand-out.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Hand-out niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>meldpunt::HomePage</name>
    <message>
        <source>What is your question about?</source>
        <extracomment>Heading above the topic tiles on the home screen. The app speaks to visitors informally (Dutch: je)</extracomment>
        <translation>Waar gaat je vraag over?</translation>
    </message>
    <message>
        <source>Where you can get help</source>
        <extracomment>Heading above the help organisations&apos; cards on the home screen</extracomment>
        <translation>Hier kun je terecht</translation>
    </message>
</context>
<context>
    <name>meldpunt::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <comment>asked after a while without touches, before the screen starts over</comment>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <comment>the countdown, read out by screen readers</comment>
        <translation>
            <numerusform>nog %n seconde</numerusform>
            <numerusform>nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>When the count reaches zero, this screen starts over for the next visitor and what you searched and read is wiped.</source>
        <translation>Als de teller op nul staat, begint dit scherm opnieuw voor de volgende bezoeker en wordt gewist wat je hebt gezocht en gelezen.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, ik ben er nog</translation>
    </message>
</context>
<context>
    <name>meldpunt::MainWindow</name>
    <message>
        <source>Meldpunt Kinderporno: questions and help</source>
        <translation>Meldpunt Kinderporno: vragen en hulp</translation>
    </message>
    <message>
        <source>Meldpunt Kinderporno</source>
        <translation>Meldpunt Kinderporno</translation>
    </message>
    <message>
        <source>Questions, answers and where to find help</source>
        <translation>Vragen, antwoorden en waar je hulp vindt</translation>
    </message>
    <message>
        <source>Child in direct danger? Call 112</source>
        <translation>Kind in direct gevaar? Bel 112</translation>
    </message>
    <message>
        <source>This app works without internet and does not remember what you search or read.</source>
        <translation>Deze app werkt zonder internet en onthoudt niet wat je zoekt of leest.</translation>
    </message>
    <message>
        <source>Back →</source>
        <translation>Terug →</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Type a question or a word, for example: anonymous</source>
        <translation>Zoek een vraag of een woord, bijvoorbeeld: anoniem</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Results appear while you type</source>
        <translation>De resultaten verschijnen terwijl je typt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normale tekst</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grote tekst</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Quick exit: leave this screen at once</source>
        <translation>Snel weg: verlaat dit scherm meteen</translation>
    </message>
    <message>
        <source>In handout</source>
        <translation>In de hand-out</translation>
    </message>
    <message>
        <source>Add to handout</source>
        <translation>Aan hand-out toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Save handout (%n)</source>
        <comment>number of chosen answers and cards</comment>
        <translation>
            <numerusform>Hand-out opslaan (%n)</numerusform>
            <numerusform>Hand-out opslaan (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoektekst wissen</translation>
    </message>
</context>
<context>
    <name>meldpunt::NeutralScreen</name>
    <message>
        <source>Welcome</source>
        <comment>the neutral screen after quick exit; names nothing of the app</comment>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Raak het scherm aan om te beginnen</translation>
    </message>
</context>
<context>
    <name>meldpunt::OrganisationPage</name>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <comment>an umbrella organisation</comment>
        <translation>Onderdeel van %1</translation>
    </message>
    <message>
        <source>QR code for %1: scan it with your own phone</source>
        <comment>%1 is a phone number or address</comment>
        <translation>QR-code voor %1: scan hem met je eigen telefoon</translation>
    </message>
    <message>
        <source>Copy contact details</source>
        <translation>Contactgegevens kopiëren</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>where the contact details come from</comment>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>checked: %1</source>
        <comment>a date</comment>
        <translation>gecontroleerd: %1</translation>
    </message>
    <message>
        <source>to be confirmed by Offlimits before release</source>
        <translation>Offlimits moet dit nog bevestigen</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultDelegate</name>
    <message>
        <source>Question</source>
        <extracomment>The kind of a search hit, shown in capitals above its title</extracomment>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>The kind of a search hit, shown in capitals above its title</extracomment>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultsPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <comment>search hits; %1 is what the visitor typed</comment>
        <translation>
            <numerusform>%n resultaat voor “%1”</numerusform>
            <numerusform>%n resultaten voor “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <comment>%1 is what the visitor typed</comment>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <source>Try other or fewer words. You can always talk to someone: is a child in direct danger, call 112. These organisations can help too:</source>
        <translation>Probeer andere of minder woorden. Je kunt altijd met iemand praten. Is een kind in direct gevaar? Bel 112. Ook deze organisaties kunnen je helpen:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>meldpunt::TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Schermtoetsenbord</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Laatste letter wissen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the space bar of the on-screen keyboard</comment>
        <translation>spatie</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the on-screen keyboard</source>
        <translation>Schermtoetsenbord verbergen</translation>
    </message>
</context>
</TS>
