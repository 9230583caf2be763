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
        <source>Source: %1</source>
        <comment>where contact details come from</comment>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>checked: %1</source>
        <comment>a date</comment>
        <translation>checked: %1</translation>
    </message>
    <message>
        <source>From the FAQ of Meldpunt Kinderporno (Offlimits). Scan a QR code with your own phone to call or visit.</source>
        <translation>From the FAQ of Meldpunt Kinderporno (Offlimits). Scan a QR code with your own phone to call or visit.</translation>
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
    <message>
        <source>The answer comes from the FAQ of Meldpunt Kinderporno (Offlimits). The question above it was written for this app.</source>
        <translation>The answer comes from the FAQ of Meldpunt Kinderporno (Offlimits). The question above it was written for this app.</translation>
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
        <source>Quick exit</source>
        <translation>Quick exit</translation>
    </message>
    <message>
        <source>Quick exit: leave this screen at once</source>
        <translation>Quick exit: leave this screen at once</translation>
    </message>
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
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
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
        <source>Source: %1</source>
        <comment>where the contact details come from</comment>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>checked: %1</source>
        <comment>a date</comment>
        <translation>checked: %1</translation>
    </message>
    <message>
        <source>to be confirmed by Offlimits before release</source>
        <translation>to be confirmed by Offlimits before release</translation>
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
</context>
</TS>
