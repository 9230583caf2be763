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
    <message>
        <source>Via %1: %2</source>
        <comment>%1 is the organisation to go to instead, %2 its phone number or address</comment>
        <translation>Via %1: %2</translation>
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
        <source>Scan a QR code with your own phone to call, chat or visit the website.</source>
        <translation>Scan een QR-code met je eigen telefoon om te bellen, te chatten of de website te openen.</translation>
    </message>
    <message>
        <source>The answers are from the FAQ of Meldpunt Kinderporno (Offlimits); the questions, the cards&apos; texts and the notes were written for this app.</source>
        <translation>De antwoorden komen uit de veelgestelde vragen van Meldpunt Kinderporno (Offlimits); de vragen, de teksten van de kaarten en de notities zijn voor deze app geschreven.</translation>
    </message>
    <message>
        <source>The answers are from the FAQ of a hotline of the Offlimits foundation (offlimits.nl); the questions, the cards&apos; texts and the notes were written for this app.</source>
        <translation>De antwoorden komen uit de veelgestelde vragen van een meldpunt van stichting Offlimits (offlimits.nl); de vragen, de teksten van de kaarten en de notities zijn voor deze app geschreven.</translation>
    </message>
    <message>
        <source>Help and information</source>
        <comment>the handout&apos;s neutral title</comment>
        <translation>Hulp en informatie</translation>
    </message>
    <message>
        <source>Where to go instead: %1</source>
        <comment>%1 is an organisation</comment>
        <translation>Waar je in plaats daarvan terechtkunt: %1</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>The answer is this app&apos;s translation of the FAQ of Meldpunt Kinderporno (Offlimits).</source>
        <translation>Het antwoord is de vertaling door deze app van de veelgestelde vragen van Meldpunt Kinderporno (Offlimits).</translation>
    </message>
    <message>
        <source>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word.</source>
        <translation>Het antwoord is de tekst van de veelgestelde vragen van Meldpunt Kinderporno (Offlimits), woord voor woord.</translation>
    </message>
    <message>
        <source>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word, shortened where the FAQ points to a website or an address that is not in this app.</source>
        <translation>Het antwoord is de tekst van de veelgestelde vragen van Meldpunt Kinderporno (Offlimits), woord voor woord, ingekort waar die verwijzen naar een website of adres dat niet in deze app staat.</translation>
    </message>
    <message>
        <source>The question above it was written for this app.</source>
        <translation>De vraag erboven is voor deze app geschreven.</translation>
    </message>
    <message>
        <source>The editor&apos;s note was written for this app too.</source>
        <translation>Ook de noot van de redactie is voor deze app geschreven.</translation>
    </message>
    <message>
        <source>Note from this app, not from the FAQ (source: %1; checked: %2)</source>
        <comment>%1 is where the note&apos;s facts come from, %2 a date</comment>
        <translation>Noot van deze app, niet uit de veelgestelde vragen (bron: %1; gecontroleerd: %2)</translation>
    </message>
    <message>
        <source>From the FAQ of Meldpunt Kinderporno</source>
        <comment>where a phone number or address comes from</comment>
        <translation>Uit de veelgestelde vragen van Meldpunt Kinderporno</translation>
    </message>
    <message>
        <source>Checked on %1 at %2</source>
        <comment>%1 is a date (7 December 2026), %2 a website (rijksoverheid.nl)</comment>
        <translation>Gecontroleerd op %1 bij %2</translation>
    </message>
    <message>
        <source>%1. The note in brackets: %2</source>
        <comment>%1 is where a number comes from, %2 where its note in brackets comes from</comment>
        <translation>%1. De opmerking tussen haakjes: %2</translation>
    </message>
    <message>
        <source>Not verified at the organisation&apos;s own site or a government site; not shown in kiosk mode nor printed</source>
        <translation>Niet gecontroleerd op de eigen site van de organisatie of een site van de overheid; niet in de kiosk en niet op een handout</translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>written for this app</source>
        <translation>geschreven voor deze app</translation>
    </message>
    <message>
        <source>Questions written for this app (the FAQ lost its question headings)</source>
        <translation>Vragen die voor deze app zijn geschreven (de veelgestelde vragen verloren hun vraagkoppen)</translation>
    </message>
    <message>
        <source>Editor&apos;s notes, shown to visitors as this app&apos;s</source>
        <translation>Noten van de redactie, voor bezoekers zichtbaar als tekst van deze app</translation>
    </message>
    <message>
        <source>Card texts written for this app</source>
        <translation>Kaartteksten die voor deze app zijn geschreven</translation>
    </message>
    <message>
        <source>Contact facts on the cards</source>
        <translation>Contactgegevens op de kaarten</translation>
    </message>
    <message>
        <source>FAQ text left out of the answers</source>
        <translation>Tekst uit de veelgestelde vragen die in de antwoorden is weggelaten</translation>
    </message>
    <message>
        <source>Notes for the content owner (never shown to visitors)</source>
        <translation>Notities voor de inhoudseigenaar (nooit zichtbaar voor bezoekers)</translation>
    </message>
    <message>
        <source>The translation</source>
        <translation>De vertaling</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <comment>an umbrella organisation</comment>
        <translation>Onderdeel van %1</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>veelgestelde vragen</translation>
    </message>
    <message>
        <source>translation of %1 by this app</source>
        <comment>%1 is a language code</comment>
        <translation>vertaling van %1 door deze app</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved / correction</source>
        <translation>Akkoord / correctie</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>correction:</source>
        <translation>correctie:</translation>
    </message>
    <message>
        <source>Review sheet of the content of Meldpunt Kiosk</source>
        <translation>Controlelijst van de inhoud van Meldpunt Kiosk</translation>
    </message>
    <message>
        <source>Every text below was written or chosen by this app, not taken word for word from the FAQ of Meldpunt Kinderporno. Please approve or correct each one.</source>
        <translation>Elke tekst hieronder is door deze app geschreven of gekozen, en niet woord voor woord overgenomen uit de veelgestelde vragen van Meldpunt Kinderporno. Keur elke tekst goed of verbeter hem.</translation>
    </message>
    <message>
        <source>Not approved yet. After approval, fill in approved-by and approved-on in %1/language.txt.</source>
        <comment>%1 is a language code such as nl</comment>
        <translation>Nog niet goedgekeurd. Vul na goedkeuring approved-by en approved-on in, in %1/language.txt.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <comment>%1 is who approved the content, %2 a date</comment>
        <translation>Goedgekeurd door %1 op %2.</translation>
    </message>
    <message>
        <source>%1: %2 texts, %3 sentences.</source>
        <comment>%1 is a language code, %2 and %3 numbers</comment>
        <translation>%1: %2 teksten, %3 zinnen.</translation>
    </message>
    <message>
        <source>In all: %1 texts, %2 sentences.</source>
        <comment>%1 and %2 are numbers</comment>
        <translation>In totaal: %1 teksten, %2 zinnen.</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <comment>%1 says why</comment>
        <translation>niet gecontroleerd: %1</translation>
    </message>
    <message>
        <source>shown in kiosk mode, on the workstation and on handouts</source>
        <translation>getoond in de kiosk, op de werkplek en op handouts</translation>
    </message>
    <message>
        <source>not shown in kiosk mode nor printed until verified</source>
        <translation>niet in de kiosk en niet op een handout tot het is gecontroleerd</translation>
    </message>
    <message>
        <source>the note is not shown in kiosk mode nor printed until verified</source>
        <translation>de opmerking staat niet in de kiosk en niet op een handout tot ze is gecontroleerd</translation>
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
</context>
<context>
    <name>meldpunt::DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
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
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the display choices</source>
        <translation>Sluit de keuzes voor de weergave</translation>
    </message>
</context>
<context>
    <name>meldpunt::HandoutBar</name>
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
    <message>
        <source>Handout</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <source>Title it “Meldpunt Kinderporno” (otherwise the neutral “%1”)</source>
        <comment>%1 is the neutral title, Help and information</comment>
        <translation>Titel “Meldpunt Kinderporno” (anders de neutrale titel “%1”)</translation>
    </message>
    <message>
        <source>The neutral title is safer for a child or parent to carry.</source>
        <translation>Met de neutrale titel kan een kind of ouder de hand-out veiliger bij zich dragen.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Hand-out opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>The handout with %n item(s) is saved as %1.</source>
        <comment>%1 is a file path</comment>
        <translation>
            <numerusform>De hand-out met %n onderdeel is opgeslagen als %1.</numerusform>
            <numerusform>De hand-out met %n onderdelen is opgeslagen als %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout is empty. Add answers and cards with “Add to handout”.</source>
        <translation>De hand-out is leeg. Voeg antwoorden en kaarten toe met “Aan hand-out toevoegen”.</translation>
    </message>
    <message numerus="yes">
        <source>The handout holds %n item(s):</source>
        <translation>
            <numerusform>De hand-out bevat %n onderdeel:</numerusform>
            <numerusform>De hand-out bevat %n onderdelen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from the handout</source>
        <comment>%1 is a question or an organisation&apos;s name</comment>
        <translation>“%1” uit de hand-out verwijderen</translation>
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
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Quick exit: leave this screen at once</source>
        <translation>Snel weg: verlaat dit scherm meteen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoektekst wissen</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>The header&apos;s button that opens the choice of text size and high contrast</extracomment>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Display: text size and contrast</source>
        <translation>Weergave: tekstgrootte en contrast</translation>
    </message>
    <message>
        <source>Quick exit with the keyboard: press %1, or Shift three times.</source>
        <comment>%1 is the quick-exit key, F12</comment>
        <translation>Snel weg met het toetsenbord: druk op %1 of drie keer op Shift.</translation>
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
        <source>Where to go instead</source>
        <translation>Waar je in plaats daarvan terechtkunt</translation>
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
    <message>
        <source>Keep typing…</source>
        <comment>shown while the visitor has typed only one or two letters</comment>
        <translation>Typ verder…</translation>
    </message>
    <message>
        <source>You can always talk to someone: is a child in direct danger, call 112. These organisations can help too:</source>
        <translation>Je kunt altijd met iemand praten: is een kind in direct gevaar, bel dan 112. Ook deze organisaties kunnen helpen:</translation>
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
    <message>
        <source>Open ↵</source>
        <extracomment>The on-screen keyboard&apos;s Enter key: it opens the first result</extracomment>
        <translation>Open ↵</translation>
    </message>
    <message>
        <source>Open the first result</source>
        <translation>Het eerste resultaat openen</translation>
    </message>
    <message>
        <source>Too little room for the results: tap “Hide”.</source>
        <extracomment>One short line above the on-screen keyboard; &quot;Hide&quot; is the keyboard&apos;s key of that name</extracomment>
        <translation>Te weinig ruimte voor de resultaten: tik op “Verbergen”.</translation>
    </message>
</context>
</TS>
