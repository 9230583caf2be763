<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fy_NL" sourcelanguage="en">
<context>
    <name>meldpunt::HomePage</name>
    <message>
        <source>What is your question about?</source>
        <translation>Wêr giet dyn fraach oer?</translation>
    </message>
    <message>
        <source>Where you can get help</source>
        <translation>Hjir kinst terjochte</translation>
    </message>
</context>
<context>
    <name>meldpunt::MainWindow</name>
    <message>
        <source>Meldpunt Kinderporno: questions and help</source>
        <translation>Meldpunt Kinderporno: fragen en help</translation>
    </message>
    <message>
        <source>Questions, answers and where to find help</source>
        <translation>Fragen, antwurden en wêr&apos;tst help fynst</translation>
    </message>
    <message>
        <source>Child in direct danger? Call 112</source>
        <translation>Bern yn direkt gefaar? Skilje 112</translation>
    </message>
    <message>
        <source>This app works without internet and does not remember what you search or read.</source>
        <translation>Dizze app wurket sûnder ynternet en ûnthâldt net wat do sikest of lêst.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Werom</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Werom</translation>
    </message>
    <message>
        <source>Type a question or a word, for example: anonymous</source>
        <translation>Typ in fraach of in wurd, bygelyks: anonym</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrutte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Heech kontrast</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Fluch fuort</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultDelegate</name>
    <message>
        <source>Question</source>
        <translation>Fraach</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaasje</translation>
    </message>
</context>
<context>
    <name>meldpunt::ResultsPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <comment>search hits; %1 is what the visitor typed</comment>
        <translation>
            <numerusform>%n resultaat foar “%1”</numerusform>
            <numerusform>%n resultaten foar “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
