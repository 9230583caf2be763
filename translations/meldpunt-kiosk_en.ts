<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ContentRenderer</name>
    <message>
        <source>Phone</source>
        <extracomment>Above a phone number</extracomment>
        <translation>Phone</translation>
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
        <translation>Meldpunt Kinderporno: information and help</translation>
    </message>
    <message>
        <source>Child in direct danger? Call 112</source>
        <translation>Child in immediate danger? Call 112</translation>
    </message>
    <message>
        <source>Scan a QR code with your own phone to call, chat or visit the website.</source>
        <translation>Scan a QR code with your own phone to call, chat or visit the website.</translation>
    </message>
    <message>
        <source>The answers are from the FAQ of Meldpunt Kinderporno (Offlimits); the questions, the cards&apos; texts and the notes were written for this app.</source>
        <translation>The answers are from the FAQ of Meldpunt Kinderporno (Offlimits); the questions, the cards&apos; texts and the notes were written for this app.</translation>
    </message>
    <message>
        <source>The answers are from the FAQ of a hotline of the Offlimits foundation (offlimits.nl); the questions, the cards&apos; texts and the notes were written for this app.</source>
        <translation>The answers are from the FAQ of a hotline of the Offlimits foundation (offlimits.nl); the questions, the cards&apos; texts and the notes were written for this app.</translation>
    </message>
    <message>
        <source>Help and information</source>
        <comment>the handout&apos;s neutral title</comment>
        <translation>Help and information</translation>
    </message>
    <message>
        <source>Where to go instead: %1</source>
        <comment>%1 is an organisation</comment>
        <translation>Where to go instead: %1</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>The answer is this app&apos;s translation of the FAQ of Meldpunt Kinderporno (Offlimits).</source>
        <translation>The answer is this app&apos;s translation of the FAQ of Meldpunt Kinderporno (Offlimits).</translation>
    </message>
    <message>
        <source>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word.</source>
        <translation>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word.</translation>
    </message>
    <message>
        <source>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word, shortened where the FAQ points to a website or an address that is not in this app.</source>
        <translation>The answer is the text of the FAQ of Meldpunt Kinderporno (Offlimits), word for word, shortened where the FAQ points to a website or an address that is not in this app.</translation>
    </message>
    <message>
        <source>The question above it was written for this app.</source>
        <translation>The question above it was written for this app.</translation>
    </message>
    <message>
        <source>The editor&apos;s note was written for this app too.</source>
        <translation>The editor&apos;s note was written for this app too.</translation>
    </message>
    <message>
        <source>Note from this app, not from the FAQ (source: %1; checked: %2)</source>
        <comment>%1 is where the note&apos;s facts come from, %2 a date</comment>
        <translation>Note from this app, not from the FAQ (source: %1; checked: %2)</translation>
    </message>
    <message>
        <source>From the FAQ of Meldpunt Kinderporno</source>
        <comment>where a phone number or address comes from</comment>
        <translation>From the FAQ of Meldpunt Kinderporno</translation>
    </message>
    <message>
        <source>Checked on %1 at %2</source>
        <comment>%1 is a date (7 December 2026), %2 a website (rijksoverheid.nl)</comment>
        <translation>Checked on %1 at %2</translation>
    </message>
    <message>
        <source>%1. The note in brackets: %2</source>
        <comment>%1 is where a number comes from, %2 where its note in brackets comes from</comment>
        <translation>%1. The note in brackets: %2</translation>
    </message>
    <message>
        <source>Not verified at the organisation&apos;s own site or a government site; not shown in kiosk mode nor printed</source>
        <translation>Not verified at the organisation&apos;s own site or a government site; not shown in kiosk mode nor printed</translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>written for this app</source>
        <translation>written for this app</translation>
    </message>
    <message>
        <source>Questions written for this app (the FAQ lost its question headings)</source>
        <translation>Questions written for this app (the FAQ lost its question headings)</translation>
    </message>
    <message>
        <source>Editor&apos;s notes, shown to visitors as this app&apos;s</source>
        <translation>Editor&apos;s notes, shown to visitors as this app&apos;s</translation>
    </message>
    <message>
        <source>Card texts written for this app</source>
        <translation>Card texts written for this app</translation>
    </message>
    <message>
        <source>Contact facts on the cards</source>
        <translation>Contact facts on the cards</translation>
    </message>
    <message>
        <source>FAQ text left out of the answers</source>
        <translation>FAQ text left out of the answers</translation>
    </message>
    <message>
        <source>Notes for the content owner (never shown to visitors)</source>
        <translation>Notes for the content owner (never shown to visitors)</translation>
    </message>
    <message>
        <source>The translation</source>
        <translation>The translation</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <comment>an umbrella organisation</comment>
        <translation>Part of %1</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>translation of %1 by this app</source>
        <comment>%1 is a language code</comment>
        <translation>translation of %1 by this app</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved / correction</source>
        <translation>Approved / correction</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>correction:</source>
        <translation>correction:</translation>
    </message>
    <message>
        <source>Review sheet of the content of Meldpunt Kiosk</source>
        <translation>Review sheet of the content of Meldpunt Kiosk</translation>
    </message>
    <message>
        <source>Every text below was written or chosen by this app, not taken word for word from the FAQ of Meldpunt Kinderporno. Please approve or correct each one.</source>
        <translation>Every text below was written or chosen by this app, not taken word for word from the FAQ of Meldpunt Kinderporno. Please approve or correct each one.</translation>
    </message>
    <message>
        <source>Not approved yet. After approval, fill in approved-by and approved-on in %1/language.txt.</source>
        <comment>%1 is a language code such as nl</comment>
        <translation>Not approved yet. After approval, fill in approved-by and approved-on in %1/language.txt.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <comment>%1 is who approved the content, %2 a date</comment>
        <translation>Approved by %1 on %2.</translation>
    </message>
    <message>
        <source>%1: %2 texts, %3 sentences.</source>
        <comment>%1 is a language code, %2 and %3 numbers</comment>
        <translation>%1: %2 texts, %3 sentences.</translation>
    </message>
    <message>
        <source>In all: %1 texts, %2 sentences.</source>
        <comment>%1 and %2 are numbers</comment>
        <translation>In all: %1 texts, %2 sentences.</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <comment>%1 says why</comment>
        <translation>not verified: %1</translation>
    </message>
    <message>
        <source>shown in kiosk mode, on the workstation and on handouts</source>
        <translation>shown in kiosk mode, on the workstation and on handouts</translation>
    </message>
    <message>
        <source>not shown in kiosk mode nor printed until verified</source>
        <translation>not shown in kiosk mode nor printed until verified</translation>
    </message>
    <message>
        <source>the note is not shown in kiosk mode nor printed until verified</source>
        <translation>the note is not shown in kiosk mode nor printed until verified</translation>
    </message>
</context>
<context>
    <name>meldpunt::AdminPinDialog</name>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Too many wrong PINs. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s PIN to leave the kiosk.</source>
        <translation>Type the administrator&apos;s PIN to leave the kiosk.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>meldpunt::AnswerPage</name>
    <message>
        <source>Who can help you further</source>
        <translation>Who can help you further</translation>
    </message>
</context>
<context>
    <name>meldpunt::DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the display choices</source>
        <translation>Close the display choices</translation>
    </message>
</context>
<context>
    <name>meldpunt::HandoutBar</name>
    <message>
        <source>In handout</source>
        <translation>In handout</translation>
    </message>
    <message>
        <source>Add to handout</source>
        <translation>Add to handout</translation>
    </message>
    <message numerus="yes">
        <source>Save handout (%n)</source>
        <comment>number of chosen answers and cards</comment>
        <translation>
            <numerusform>Save handout (%n)</numerusform>
            <numerusform>Save handout (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meldpunt::HandoutBasket</name>
    <message>
        <source>Save handout</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <comment>default file name</comment>
        <translation>handout.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Handout not saved</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Title it “Meldpunt Kinderporno” (otherwise the neutral “%1”)</source>
        <comment>%1 is the neutral title, Help and information</comment>
        <translation>Title it “Meldpunt Kinderporno” (otherwise the neutral “%1”)</translation>
    </message>
    <message>
        <source>The neutral title is safer for a child or parent to carry.</source>
        <translation>The neutral title is safer for a child or parent to carry.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Handout saved</translation>
    </message>
    <message numerus="yes">
        <source>The handout with %n item(s) is saved as %1.</source>
        <comment>%1 is a file path</comment>
        <translation>
            <numerusform>The handout with %n item is saved as %1.</numerusform>
            <numerusform>The handout with %n items is saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout is empty. Add answers and cards with “Add to handout”.</source>
        <translation>The handout is empty. Add answers and cards with “Add to handout”.</translation>
    </message>
    <message numerus="yes">
        <source>The handout holds %n item(s):</source>
        <translation>
            <numerusform>The handout holds %n item:</numerusform>
            <numerusform>The handout holds %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “%1” from the handout</source>
        <comment>%1 is a question or an organisation&apos;s name</comment>
        <translation>Remove “%1” from the handout</translation>
    </message>
</context>
<context>
    <name>meldpunt::HomePage</name>
    <message>
        <source>What is your question about?</source>
        <extracomment>Heading above the topic tiles on the home screen. The app speaks to visitors informally (Dutch: je)</extracomment>
        <translation>What is your question about?</translation>
    </message>
    <message>
        <source>Where you can get help</source>
        <extracomment>Heading above the help organisations&apos; cards on the home screen</extracomment>
        <translation>Where you can get help</translation>
    </message>
</context>
<context>
    <name>meldpunt::IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <comment>asked after a while without touches, before the screen starts over</comment>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <comment>the countdown, read out by screen readers</comment>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>When the count reaches zero, this screen starts over for the next visitor and what you searched and read is wiped.</source>
        <translation>When the count reaches zero, this screen starts over for the next visitor and what you searched and read is wiped.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>meldpunt::MainWindow</name>
    <message>
        <source>Meldpunt Kinderporno: questions and help</source>
        <translation>Meldpunt Kinderporno: questions and help</translation>
    </message>
    <message>
        <source>Meldpunt Kinderporno</source>
        <translation>Meldpunt Kinderporno</translation>
    </message>
    <message>
        <source>Questions, answers and where to find help</source>
        <translation>Questions, answers and where to find help</translation>
    </message>
    <message>
        <source>Child in direct danger? Call 112</source>
        <translation>Child in immediate danger? Call 112</translation>
    </message>
    <message>
        <source>This app works without internet and does not remember what you search or read.</source>
        <translation>This app works without internet and does not remember what you search or read.</translation>
    </message>
    <message>
        <source>Back →</source>
        <translation>Back →</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Type a question or a word, for example: anonymous</source>
        <translation>Type a question or a word, for example: anonymous</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Results appear while you type</source>
        <translation>Results appear while you type</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Quick exit: leave this screen at once</source>
        <translation>Quick exit: leave this screen at once</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>The header&apos;s button that opens the choice of text size and high contrast</extracomment>
        <translation>Display</translation>
    </message>
    <message>
        <source>Display: text size and contrast</source>
        <translation>Display: text size and contrast</translation>
    </message>
    <message>
        <source>Quick exit with the keyboard: press %1, or Shift three times.</source>
        <comment>%1 is the quick-exit key, F12</comment>
        <translation>Quick exit with the keyboard: press %1, or Shift three times.</translation>
    </message>
</context>
<context>
    <name>meldpunt::NeutralScreen</name>
    <message>
        <source>Welcome</source>
        <comment>the neutral screen after quick exit; names nothing of the app</comment>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>meldpunt::OrganisationPage</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <comment>an umbrella organisation</comment>
        <translation>Part of %1</translation>
    </message>
    <message>
        <source>QR code for %1: scan it with your own phone</source>
        <comment>%1 is a phone number or address</comment>
        <translation>QR code for %1: scan it with your own phone</translation>
    </message>
    <message>
        <source>Copy contact details</source>
        <translation>Copy contact details</translation>
    </message>
    <message>
        <source>Where to go instead</source>
        <translation>Where to go instead</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultDelegate</name>
    <message>
        <source>Question</source>
        <extracomment>The kind of a search hit, shown in capitals above its title</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Organisation</source>
        <extracomment>The kind of a search hit, shown in capitals above its title</extracomment>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultsPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <comment>search hits; %1 is what the visitor typed</comment>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <comment>%1 is what the visitor typed</comment>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <source>Try other or fewer words. You can always talk to someone: is a child in direct danger, call 112. These organisations can help too:</source>
        <translation>Try different or fewer words. You can always talk to someone. Is a child in immediate danger? Call 112. These organisations can also help:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Keep typing…</source>
        <comment>shown while the visitor has typed only one or two letters</comment>
        <translation>Keep typing…</translation>
    </message>
    <message>
        <source>You can always talk to someone: is a child in direct danger, call 112. These organisations can help too:</source>
        <translation>You can always talk to someone: is a child in direct danger, call 112. These organisations can help too:</translation>
    </message>
</context>
<context>
    <name>meldpunt::TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Delete the last letter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the search field</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the space bar of the on-screen keyboard</comment>
        <translation>space</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide the on-screen keyboard</source>
        <translation>Hide the on-screen keyboard</translation>
    </message>
    <message>
        <source>Open ↵</source>
        <extracomment>The on-screen keyboard&apos;s Enter key: it opens the first result</extracomment>
        <translation>Open ↵</translation>
    </message>
    <message>
        <source>Open the first result</source>
        <translation>Open the first result</translation>
    </message>
    <message>
        <source>Too little room for the results: tap “Hide”.</source>
        <extracomment>One short line above the on-screen keyboard; &quot;Hide&quot; is the keyboard&apos;s key of that name</extracomment>
        <translation>Too little room for the results: tap “Hide”.</translation>
    </message>
</context>
</TS>
