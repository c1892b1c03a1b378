<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>main</name>
    <message>
        <source>Number Manager: members, SIP profiles and phone numbers of your organisation.</source>
        <translation>Number Manager: leden, SIP-profielen en telefoonnummers van uw organisatie.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>Number Manager</source>
        <translation>Number Manager</translation>
    </message>
    <message>
        <source>Open the database file PATH, or the server database postgresql://USER@HOST/DATABASE, instead of the default one.</source>
        <translation>Het databasebestand PATH, of de serverdatabase postgresql://GEBRUIKER@SERVER/DATABASE, openen in plaats van de standaarddatabase.</translation>
    </message>
</context>
<context>
    <name>nm::AboutDialog</name>
    <message>
        <source>About Number Manager</source>
        <translation>Over Number Manager</translation>
    </message>
    <message>
        <source>Number Manager %1</source>
        <translation>Number Manager %1</translation>
    </message>
    <message>
        <source>Keeps your organisation&apos;s members, SIP profiles and phone numbers.</source>
        <translation>Beheert de leden, SIP-profielen en telefoonnummers van uw organisatie.</translation>
    </message>
    <message>
        <source>Database: %1 (%2, schema version %3)</source>
        <translation>Database: %1 (%2, schemaversie %3)</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gebouwd met</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>publiek domein</translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation>%1, licentie %2</translation>
    </message>
    <message>
        <source>The licence texts are installed with the program (on Linux in /usr/share/doc/numbermanager, on Windows in the program&apos;s folder).</source>
        <translation>De licentieteksten worden met het programma geïnstalleerd (op Linux in /usr/share/doc/numbermanager, op Windows in de map van het programma).</translation>
    </message>
</context>
<context>
    <name>nm::AssignDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 per number)</source>
        <translation>Totaal: %1 (%2 per nummer)</translation>
    </message>
    <message>
        <source>Credit now: %1. Credit after buying: %2.</source>
        <translation>Huidig tegoed: %1. Tegoed na aankoop: %2.</translation>
    </message>
    <message>
        <source>Credit now: %1. That is %2 too little for this purchase.</source>
        <translation>Huidig tegoed: %1. Dat is %2 te weinig voor deze aankoop.</translation>
    </message>
    <message>
        <source>Credit now: %1.</source>
        <translation>Huidig tegoed: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Buying %Ln number(s)...</source>
        <translation>
            <numerusform>%Ln nummer kopen...</numerusform>
            <numerusform>%Ln nummers kopen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation>Nummers toewijzen</translation>
    </message>
    <message>
        <source>Buy numbers</source>
        <translation>Nummers kopen</translation>
    </message>
    <message>
        <source>Choose the &amp;country of the new numbers. The cost is per number, for each billing period.</source>
        <translation>Kies het &amp;land van de nieuwe nummers. De kosten gelden per nummer, voor elke factureringsperiode.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 maanden</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 maanden</translation>
    </message>
    <message>
        <source>Countries and their cost per number</source>
        <translation>Landen en hun kosten per nummer</translation>
    </message>
    <message>
        <source>Buy numbers in %1</source>
        <translation>Nummers kopen in %1</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Netnummer</translation>
    </message>
    <message>
        <source>How do you want to be billed?</source>
        <translation>Hoe wilt u worden gefactureerd?</translation>
    </message>
    <message>
        <source>I agree to the terms</source>
        <translation>Ik ga akkoord met de voorwaarden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Nu kopen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Terms for these numbers</source>
        <translation>Voorwaarden voor deze nummers</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Voorwaarden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new number(s): one for each ticked member or SIP profile.</source>
        <translation>
            <numerusform>%Ln nieuw nummer: één voor elk aangevinkt lid of SIP-profiel.</numerusform>
            <numerusform>%Ln nieuwe nummers: één voor elk aangevinkt lid of SIP-profiel.</numerusform>
        </translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation>SIP-profiel %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... en nog %Ln</numerusform>
            <numerusform>... en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Who gets a number</source>
        <translation>Wie een nummer krijgt</translation>
    </message>
</context>
<context>
    <name>nm::AssigneeCompleter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nm::AssigneeKind</name>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>SIP profile</source>
        <translation>SIP-profiel</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>nm::AssigneeResolver</name>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation>SIP-profiel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the name of a member or SIP profile.</source>
        <translation>Voer de naam van een lid of SIP-profiel in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one member or SIP profile: %2. Enter the account name or SIP profile id instead.</source>
        <translation>&quot;%1&quot; komt overeen met meer dan één lid of SIP-profiel: %2. Voer in plaats daarvan de accountnaam of het SIP-profiel-id in.</translation>
    </message>
    <message>
        <source>There is no member or SIP profile called &quot;%1&quot;.</source>
        <translation>Er is geen lid of SIP-profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no member or SIP profile called &quot;%1&quot;. Did you mean: %2?</source>
        <translation>Er is geen lid of SIP-profiel met de naam &quot;%1&quot;. Bedoelt u: %2?</translation>
    </message>
    <message>
        <source>The member no longer exists; it may have been removed by another administrator.</source>
        <translation>Het lid bestaat niet meer; mogelijk is het door een andere beheerder verwijderd.</translation>
    </message>
    <message>
        <source>The SIP profile no longer exists; it may have been removed by another administrator.</source>
        <translation>Het SIP-profiel bestaat niet meer; mogelijk is het door een andere beheerder verwijderd.</translation>
    </message>
    <message>
        <source>%1 has no address in %2 (%3), which the terms of this area code require.</source>
        <translation>%1 heeft geen adres in %2 (%3), wat de voorwaarden van dit netnummer vereisen.</translation>
    </message>
    <message>
        <source>%1 has no address in %2, which the terms of numbers there require.</source>
        <translation>%1 heeft geen adres in %2, wat de voorwaarden voor nummers in dat land vereisen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln number(s); a member may hold at most %2.</source>
        <translation>
            <numerusform>%1 heeft al %Ln nummer; een lid mag er hoogstens %2 hebben.</numerusform>
            <numerusform>%1 heeft al %Ln nummers; een lid mag er hoogstens %2 hebben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::AuditLog</name>
    <message>
        <source>%1 changed %2 at %3, after you looked at it.</source>
        <translation>%1 heeft %2 gewijzigd op %3, nadat u ernaar keek.</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you looked at it.</source>
        <translation>Iemand anders heeft %1 gewijzigd nadat u ernaar keek.</translation>
    </message>
    <message>
        <source>Nothing was changed. Look at it again and retry.</source>
        <translation>Er is niets gewijzigd. Bekijk het opnieuw en probeer het nog eens.</translation>
    </message>
</context>
<context>
    <name>nm::Backup</name>
    <message>
        <source>A database on a PostgreSQL server is backed up and restored with the server&apos;s own tools: pg_dump -Fc DATABASE &gt; FILE, and pg_restore. Ask your database administrator.</source>
        <translation>Een database op een PostgreSQL-server wordt in een reservekopie gezet en teruggezet met de eigen hulpmiddelen van de server: pg_dump -Fc DATABASE &gt; BESTAND, en pg_restore. Vraag het uw databasebeheerder.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created: %2</source>
        <translation>De reservekopie %1 kan niet worden gemaakt: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>De reservekopie %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De reservekopie %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>The file %1 is not a Number Manager database or backup. Nothing was restored.</source>
        <translation>Het bestand %1 is geen database of reservekopie van Number Manager. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the restore: %1</source>
        <translation>Er kon geen tijdelijke map voor het terugzetten worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>De reservekopie %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Number Manager. Install that version to restore it. Nothing was restored.</source>
        <translation>De reservekopie %1 is gemaakt door een nieuwere versie van Number Manager. Installeer die versie om haar terug te zetten. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored. Choose another backup. Nothing was restored.</source>
        <translation>De reservekopie %1 is beschadigd en kan niet worden teruggezet. Kies een andere reservekopie. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 fails SQLite&apos;s integrity check (%2) and cannot be restored. Choose another backup. Nothing was restored.</source>
        <translation>De reservekopie %1 komt niet door de integriteitscontrole van SQLite (%2) en kan niet worden teruggezet. Kies een andere reservekopie. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself. Choose another file.</source>
        <translation>Een reservekopie kan niet de database zelf vervangen. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The backup of %1 did not pass its check; the database may be damaged. Run &quot;database check&quot;.</source>
        <translation>De reservekopie van %1 kwam niet door de controle; de database is mogelijk beschadigd. Voer &quot;database check&quot; uit.</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>Het bestand %1 kan niet worden vervangen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation>De reservekopie %1 kan niet op zijn plaats worden gezet.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation>Dat is de database zelf, geen reservekopie ervan.</translation>
    </message>
    <message>
        <source>Nothing was restored: the database as it is could not be kept first. %1</source>
        <translation>Er is niets teruggezet: de huidige database kon niet eerst worden bewaard. %1</translation>
    </message>
</context>
<context>
    <name>nm::Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Bericht sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>nm::CancelDialog</name>
    <message>
        <source>Cancel numbers</source>
        <translation>Nummers annuleren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln number(s)? Each one stays usable until the date shown and then expires; it does not renew.</source>
        <translation>
            <numerusform>%Ln nummer annuleren? Het blijft bruikbaar tot de weergegeven datum en vervalt dan; het wordt niet verlengd.</numerusform>
            <numerusform>%Ln nummers annuleren? Elk nummer blijft bruikbaar tot de weergegeven datum en vervalt dan; het wordt niet verlengd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <source>Numbers to cancel</source>
        <translation>Te annuleren nummers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No extra charges will be made.</source>
        <translation>Er worden geen extra kosten in rekening gebracht.</translation>
    </message>
    <message>
        <source>Cancels the numbers listed</source>
        <translation>Annuleert de vermelde nummers</translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation>Nummers behouden</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %Ln number(s)...</source>
        <translation>
            <numerusform>%Ln nummer annuleren...</numerusform>
            <numerusform>%Ln nummers annuleren...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... en nog %Ln</numerusform>
            <numerusform>... en nog %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::Catalogue</name>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1 (at character %2).</source>
        <translation>De catalogus is geen geldige JSON: %1 (bij teken %2).</translation>
    </message>
    <message>
        <source>The catalogue is not a JSON object.</source>
        <translation>De catalogus is geen JSON-object.</translation>
    </message>
    <message>
        <source>The catalogue does not state its format (&quot;format&quot;: %1).</source>
        <translation>De catalogus vermeldt zijn indeling niet (&quot;format&quot;: %1).</translation>
    </message>
    <message>
        <source>The catalogue has format %1, but this version of Number Manager reads format %2 only.</source>
        <translation>De catalogus heeft indeling %1, maar deze versie van Number Manager kan alleen indeling %2 lezen.</translation>
    </message>
    <message>
        <source>The catalogue has no version (such as &quot;version&quot;: &quot;2026.11.1&quot;).</source>
        <translation>De catalogus heeft geen versie (zoals &quot;version&quot;: &quot;2026.11.1&quot;).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices are in %1, but Number Manager works in EUR only.</source>
        <translation>De prijzen in de catalogus zijn in %1, maar Number Manager werkt alleen met EUR.</translation>
    </message>
    <message>
        <source>The catalogue lists no countries.</source>
        <translation>De catalogus bevat geen landen.</translation>
    </message>
    <message>
        <source>Country entry %1 of the catalogue is not a JSON object.</source>
        <translation>Landvermelding %1 van de catalogus is geen JSON-object.</translation>
    </message>
    <message>
        <source>Country entry %1 of the catalogue has no country code.</source>
        <translation>Landvermelding %1 van de catalogus heeft geen landcode.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: this is not a known ISO 3166 country code.</source>
        <translation>Land &quot;%1&quot;: dit is geen bekende ISO 3166-landcode.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot; is listed twice.</source>
        <translation>Land &quot;%1&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: the English name is missing.</source>
        <translation>Land &quot;%1&quot;, naam: de Engelse naam ontbreekt.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: the Dutch name is missing.</source>
        <translation>Land &quot;%1&quot;, naam: de Nederlandse naam ontbreekt.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code: the calling code is missing or not a whole number.</source>
        <translation>Land &quot;%1&quot;, landnummer: het landnummer ontbreekt of is geen geheel getal.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code: this country has no international calling code.</source>
        <translation>Land &quot;%1&quot;, landnummer: dit land heeft geen internationaal landnummer.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code %2: the country&apos;s calling code is %3.</source>
        <translation>Land &quot;%1&quot;, landnummer %2: het landnummer van dit land is %3.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 maanden</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 maanden</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, price for %2: a price is a whole, positive number of euro cents, not %3.</source>
        <translation>Land &quot;%1&quot;, prijs voor %2: een prijs is een positief geheel aantal eurocent, niet %3.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, residency &quot;%2&quot;: the residency requirement is unknown (use none, country or city).</source>
        <translation>Land &quot;%1&quot;, woonplaatsvereiste &quot;%2&quot;: deze woonplaatsvereiste is onbekend (gebruik none, country of city).</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms: the terms have no version.</source>
        <translation>Land &quot;%1&quot;, voorwaarden: de voorwaarden hebben geen versie.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: the English text is missing.</source>
        <translation>Land &quot;%1&quot;, voorwaarden %2: de Engelse tekst ontbreekt.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: the Dutch text is missing.</source>
        <translation>Land &quot;%1&quot;, voorwaarden %2: de Nederlandse tekst ontbreekt.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: the country has no area codes.</source>
        <translation>Land &quot;%1&quot;: het land heeft geen netnummers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code %2: write the area code as text (&quot;%2&quot;), so that leading zeros are kept.</source>
        <translation>Land &quot;%1&quot;, netnummer %2: schrijf het netnummer als tekst (&quot;%2&quot;), zodat voorloopnullen behouden blijven.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code entry %2: the area code is missing.</source>
        <translation>Land &quot;%1&quot;, netnummervermelding %2: het netnummer ontbreekt.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has digits only.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: een netnummer bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: the area code is listed twice.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: het netnummer staat er twee keer in.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: the city is missing.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: de plaats ontbreekt.</translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read: %2</source>
        <translation>Het catalogusbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The catalogue file %1 was not imported. %2</source>
        <translation>Het catalogusbestand %1 is niet geïmporteerd. %2</translation>
    </message>
    <message>
        <source>The catalogue file %1 has version %2, which is not newer than the catalogue in use (version %3). Nothing was imported.</source>
        <translation>Het catalogusbestand %1 heeft versie %2, die niet nieuwer is dan de catalogus die in gebruik is (versie %3). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The catalogue version &quot;%1&quot; is not a version number such as 2026.11.1 (a year, then at most three numbers of up to four digits).</source>
        <translation>De catalogusversie &quot;%1&quot; is geen versienummer zoals 2026.11.1 (een jaartal, daarna hoogstens drie getallen van maximaal vier cijfers).</translation>
    </message>
    <message>
        <source>The catalogue lists %L1 countries; a catalogue has at most %L2.</source>
        <translation>De catalogus bevat %L1 landen; een catalogus heeft er hoogstens %L2.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: a name has at most %L2 characters.</source>
        <translation>Land &quot;%1&quot;, naam: een naam heeft hoogstens %L2 tekens.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, price %2: a price is at most %3 per billing period.</source>
        <translation>Land &quot;%1&quot;, prijs %2: een prijs is hoogstens %3 per factureringsperiode.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms: a terms version has at most %L2 characters.</source>
        <translation>Land &quot;%1&quot;, voorwaarden: een versie van de voorwaarden heeft hoogstens %L2 tekens.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: a terms text has at most %L3 characters.</source>
        <translation>Land &quot;%1&quot;, voorwaarden %2: de tekst van de voorwaarden heeft hoogstens %L3 tekens.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: a country has at most %L2 area codes.</source>
        <translation>Land &quot;%1&quot;: een land heeft hoogstens %L2 netnummers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has at most 6 digits.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: een netnummer heeft hoogstens 6 cijfers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: a city has at most %L3 other names.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: een plaats heeft hoogstens %L3 andere namen.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: a city name has at most %L3 characters.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: een plaatsnaam heeft hoogstens %L3 tekens.</translation>
    </message>
    <message>
        <source>The catalogue file %1 does not exist.</source>
        <translation>Het catalogusbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be a catalogue. Nothing was imported.</source>
        <translation>%1 is geen gewoon bestand (het is een map, een apparaat of een pipe) en kan dus geen catalogus zijn. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a catalogue (a catalogue has at most %2 MiB). Nothing was imported.</source>
        <translation>Het bestand %1 is te groot voor een catalogus (een catalogus is hoogstens %2 MiB). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The catalogue version %1 is dated %2, more than a year from now (%3). Check the file with its supplier.</source>
        <translation>De catalogusversie %1 is gedateerd %2, meer dan een jaar na nu (%3). Controleer het bestand bij de leverancier.</translation>
    </message>
</context>
<context>
    <name>nm::Cells</name>
    <message>
        <source>&quot;%1&quot; is not an amount of euros. Write it as 12,50 or 12.50.</source>
        <translation>&quot;%1&quot; is geen bedrag in euro. Schrijf het als 12,50 of 12.50.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative.</source>
        <translation>Het bedrag &quot;%1&quot; is negatief.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>nm::Clock</name>
    <message>
        <source>NUMBERMANAGER_NOW is set to &quot;%1&quot;, which is not an ISO date-time such as 2026-11-26T09:00:00Z.</source>
        <translation>NUMBERMANAGER_NOW is ingesteld op &quot;%1&quot;; dat is geen ISO-datum en -tijd zoals 2026-11-26T09:00:00Z.</translation>
    </message>
</context>
<context>
    <name>nm::CommandContext</name>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>note: there was no database at %1; a new, empty one was created there.</source>
        <translation>let op: er was geen database op %1; daar is een nieuwe, lege database gemaakt.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>let op: %1</translation>
    </message>
</context>
<context>
    <name>nm::CommandLineTool</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>address in the country</source>
        <translation>adres in het land</translation>
    </message>
    <message>
        <source>address in the area code&apos;s city</source>
        <translation>adres in de plaats van het netnummer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Calling code</source>
        <translation>Landnummer</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 maanden</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 maanden</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Woonplaatsvereiste</translation>
    </message>
    <message>
        <source>The catalogue (version %1) has no country &quot;%2&quot;. Run &quot;catalogue list&quot; for the countries on offer.</source>
        <translation>De catalogus (versie %1) bevat geen land &quot;%2&quot;. Voer &quot;catalogue list&quot; uit voor de landen die worden aangeboden.</translation>
    </message>
    <message>
        <source>%1 (%2), catalogue version %3</source>
        <translation>%1 (%2), catalogusversie %3</translation>
    </message>
    <message>
        <source>Calling code: +%1</source>
        <translation>Landnummer: +%1</translation>
    </message>
    <message>
        <source>Residency: %1</source>
        <translation>Woonplaatsvereiste: %1</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>Netnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Terms (version %1):</source>
        <translation>Voorwaarden (versie %1):</translation>
    </message>
    <message>
        <source>&quot;catalogue list&quot; takes at most one COUNTRY, but more were given: %1</source>
        <translation>&quot;catalogue list&quot; accepteert hoogstens één LAND, maar er zijn er meer opgegeven: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Imported catalogue version %1. Countries on offer: %2.</source>
        <translation>Catalogusversie %1 geïmporteerd. Aangeboden landen: %2.</translation>
    </message>
    <message>
        <source>List the countries on offer, or one country&apos;s area codes, prices and terms.</source>
        <translation>De aangeboden landen weergeven, of de netnummers, prijzen en voorwaarden van één land.</translation>
    </message>
    <message>
        <source>A country&apos;s two-letter code (e.g. NL): show its area codes and terms too.</source>
        <translation>De tweeletterige code van een land (bijv. NL): ook de netnummers en voorwaarden ervan weergeven.</translation>
    </message>
    <message>
        <source>[COUNTRY]</source>
        <translation>[LAND]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Import a newer catalogue file for everyone using this database.</source>
        <translation>Een nieuwer catalogusbestand importeren voor iedereen die deze database gebruikt.</translation>
    </message>
    <message>
        <source>The catalogue file (JSON).</source>
        <translation>Het catalogusbestand (JSON).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation>Voer &quot;%1 --help&quot; uit voor de bijbehorende opties.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation>&quot;%1&quot; heeft %2 nodig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one %2, but more were given: %3</source>
        <translation>&quot;%1&quot; accepteert één %2, maar er zijn er meer opgegeven: %3</translation>
    </message>
    <message>
        <source>this command needs %1.</source>
        <translation>deze opdracht heeft %1 nodig.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Usage: %1 [--database PATH] COMMAND [OPTIONS]</source>
        <translation>Gebruik: %1 [--database PAD] OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>Manages the members, SIP profiles and phone numbers of a Number Manager database.</source>
        <translation>Beheert de leden, SIP-profielen en telefoonnummers van een Number Manager-database.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Algemene opties:</translation>
    </message>
    <message>
        <source>  --database PATH   the database file (default: %1)</source>
        <translation>  --database PAD    het databasebestand (standaard: %1)</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Voer &quot;%1 OPDRACHT --help&quot; uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>error: --database needs a file path.</source>
        <translation>fout: --database heeft een bestandspad nodig.</translation>
    </message>
    <message>
        <source>error: unknown option %1. Run &quot;%2 --help&quot; for the list of options.</source>
        <translation>fout: onbekende optie %1. Voer &quot;%2 --help&quot; uit voor de lijst met opties.</translation>
    </message>
    <message>
        <source>error: no command given. Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>fout: geen opdracht opgegeven. Voer &quot;%1 --help&quot; uit voor de lijst met opdrachten.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [OPTIONS]</source>
        <translation>Gebruik: %1 %2 SUBOPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>error: unknown subcommand &quot;%1 %2&quot;. Available:</source>
        <translation>fout: onbekende subopdracht &quot;%1 %2&quot;. Beschikbaar:</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>fout: onbekende opdracht &quot;%1&quot;. Voer &quot;%2 --help&quot; uit voor de lijst met opdrachten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulptekst weergeven.</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation>Voer &quot;%1 %2 --help&quot; uit voor de bijbehorende opties.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Show the database file and its schema version (creating it if needed).</source>
        <translation>Het databasebestand en de schemaversie ervan weergeven (het bestand wordt zo nodig gemaakt).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Backup made before upgrading: %1</source>
        <translation>Reservekopie gemaakt vóór het bijwerken: %1</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo organisation &quot;Demo B.V.&quot;.</source>
        <translation>Een lege database vullen met de demo-organisatie &quot;Demo B.V.&quot;.</translation>
    </message>
    <message>
        <source>Loaded the demo organisation &quot;%1&quot;: %2 members, %3 SIP profiles and %4 numbers.</source>
        <translation>De demo-organisatie &quot;%1&quot; is geladen: %2 leden, %3 SIP-profielen en %4 nummers.</translation>
    </message>
    <message>
        <source>The member&apos;s account name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 6 to 32 characters, starting with a letter).</source>
        <translation>De accountnaam van het lid (letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos;; 6 tot en met 32 tekens, te beginnen met een letter).</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>The member&apos;s name as shown, e.g. &quot;Jan de Vries&quot;.</source>
        <translation>De naam van het lid zoals die wordt weergegeven, bijv. &quot;Jan de Vries&quot;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The member&apos;s e-mail address.</source>
        <translation>Het e-mailadres van het lid.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The country of the member&apos;s address, as its two-letter ISO code (e.g. NL).</source>
        <translation>Het land van het adres van het lid, als tweeletterige ISO-code (bijv. NL).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>The city of the member&apos;s address.</source>
        <translation>De plaats van het adres van het lid.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>PLAATS</translation>
    </message>
    <message>
        <source>Added member &quot;%1&quot; (%2).</source>
        <translation>Lid &quot;%1&quot; (%2) toegevoegd.</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --display-name, --email, --country and --city.</source>
        <translation>niets te wijzigen: geef ten minste een van --display-name, --email, --country en --city op.</translation>
    </message>
    <message>
        <source>Saved member &quot;%1&quot; (%2).</source>
        <translation>Lid &quot;%1&quot; (%2) opgeslagen.</translation>
    </message>
    <message>
        <source>Removed member &quot;%1&quot; (%2).</source>
        <translation>Lid &quot;%1&quot; (%2) verwijderd.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Geen leden.</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>WEERGAVENAAM</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>Add a member.</source>
        <translation>Een lid toevoegen.</translation>
    </message>
    <message>
        <source>Change a member&apos;s display name, e-mail address, country or city.</source>
        <translation>De weergavenaam, het e-mailadres, het land of de plaats van een lid wijzigen.</translation>
    </message>
    <message>
        <source>Remove a member.</source>
        <translation>Een lid verwijderen.</translation>
    </message>
    <message>
        <source>List the members, sorted by account name.</source>
        <translation>De leden weergeven, gesorteerd op accountnaam.</translation>
    </message>
    <message>
        <source>Only members whose account name, display name, e-mail address or city contains TEXT (in any case).</source>
        <translation>Alleen leden van wie de accountnaam, weergavenaam, het e-mailadres of de plaats TEKST bevat (hoofdletterongevoelig).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Include removed members.</source>
        <translation>Ook verwijderde leden weergeven.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Cancelled %1 (%2); it expires on %3.</source>
        <translation>%1 (%2) geannuleerd; het nummer vervalt op %3.</translation>
    </message>
    <message>
        <source>No extra charges will be made.</source>
        <translation>Er worden geen extra kosten in rekening gebracht.</translation>
    </message>
    <message>
        <source>error: --period must be 1, 3 or 12 (months), not &quot;%1&quot;.</source>
        <translation>fout: --period moet 1, 3 of 12 (maanden) zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bought %1 for %2.</source>
        <translation>%1 gekocht en toegewezen aan %2.</translation>
    </message>
    <message>
        <source>The numbers are pending. It can take a few minutes before the numbers appear.</source>
        <translation>De nummers zijn in behandeling. Het kan enkele minuten duren voordat de nummers worden weergegeven.</translation>
    </message>
    <message>
        <source>Buy a new number for each named member or SIP profile.</source>
        <translation>Een nieuw nummer kopen voor elk opgegeven lid of SIP-profiel.</translation>
    </message>
    <message>
        <source>Members or SIP profiles, separated by commas.</source>
        <translation>Leden of SIP-profielen, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>Country code, such as NL.</source>
        <translation>Landcode, zoals NL.</translation>
    </message>
    <message>
        <source>Area code, such as 20.</source>
        <translation>Netnummer, zoals 20.</translation>
    </message>
    <message>
        <source>Billing period in months: 1, 3 or 12.</source>
        <translation>Factureringsperiode in maanden: 1, 3 of 12.</translation>
    </message>
    <message>
        <source>Agree to the country&apos;s terms (see &quot;catalogue list CC&quot;).</source>
        <translation>Akkoord gaan met de voorwaarden van het land (zie &quot;catalogue list CC&quot;).</translation>
    </message>
    <message>
        <source>Reassign a number to another member or SIP profile.</source>
        <translation>Een nummer opnieuw toewijzen aan een ander lid of SIP-profiel.</translation>
    </message>
    <message>
        <source>The number, such as +31201234567.</source>
        <translation>Het nummer, zoals +31201234567.</translation>
    </message>
    <message>
        <source>The member or SIP profile.</source>
        <translation>Het lid of SIP-profiel.</translation>
    </message>
    <message>
        <source>error: give one NUMBER and --to NAME.</source>
        <translation>fout: geef één NUMBER en --to NAME op.</translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation>%1 is nu toegewezen aan %2.</translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation>Wanneer u een nummer opnieuw toewijst, moet u controleren of de toewijzing in overeenstemming is met de voorwaarden waarmee u tijdens het kopen van het specifieke nummer hebt ingestemd.</translation>
    </message>
    <message>
        <source>Cancel numbers; they expire at the end of the paid period.</source>
        <translation>Nummers annuleren; ze vervallen aan het einde van de betaalde periode.</translation>
    </message>
    <message>
        <source>Numbers to cancel.</source>
        <translation>Te annuleren nummers.</translation>
    </message>
    <message>
        <source>Cancel all numbers of this member.</source>
        <translation>Alle nummers van dit lid annuleren.</translation>
    </message>
    <message>
        <source>error: give either numbers or --member NAME.</source>
        <translation>fout: geef óf nummers óf --member NAME op.</translation>
    </message>
    <message>
        <source>Undo a cancellation, or buy the renewal of an expired number on hold.</source>
        <translation>Een annulering ongedaan maken, of de verlenging kopen van een verlopen nummer dat nog wordt vastgehouden.</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>Het nummer.</translation>
    </message>
    <message>
        <source>error: give one NUMBER.</source>
        <translation>fout: geef één NUMBER op.</translation>
    </message>
    <message>
        <source>List the organisation&apos;s numbers.</source>
        <translation>De nummers van de organisatie weergeven.</translation>
    </message>
    <message>
        <source>Only numbers in this state: pending, active, cancelled, expired, released.</source>
        <translation>Alleen nummers met deze status: pending, active, cancelled, expired, released.</translation>
    </message>
    <message>
        <source>Only numbers or names containing TEXT.</source>
        <translation>Alleen nummers of namen die TEXT bevatten.</translation>
    </message>
    <message>
        <source>error: --state must be pending, active, cancelled, expired or released, not &quot;%1&quot;.</source>
        <translation>fout: --state moet pending, active, cancelled, expired of released zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>wordt verlengd</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>vervalt</translation>
    </message>
    <message>
        <source>Bring provisioning, renewals, expiry and release up to date.</source>
        <translation>Openstaande activeringen, verlengingen, verlopen nummers en vrijgaven verwerken.</translation>
    </message>
    <message>
        <source>Activated: %1, renewed: %2, renewals failed: %3, expired: %4, released: %5.</source>
        <translation>Geactiveerd: %1, verlengd: %2, mislukte verlengingen: %3, verlopen: %4, vrijgegeven: %5.</translation>
    </message>
    <message>
        <source>Top up the organisation&apos;s credit.</source>
        <translation>Het tegoed van de organisatie opwaarderen.</translation>
    </message>
    <message>
        <source>Euros, such as 100.00.</source>
        <translation>Bedrag in euro, zoals 100.00.</translation>
    </message>
    <message>
        <source>error: give one AMOUNT, such as 100.00.</source>
        <translation>fout: geef één AMOUNT op, zoals 100.00.</translation>
    </message>
    <message>
        <source>Show the credit and, with --ledger, every charge and top-up.</source>
        <translation>Het tegoed weergeven en, met --ledger, elke afschrijving en opwaardering.</translation>
    </message>
    <message>
        <source>Also list every charge and top-up, newest first.</source>
        <translation>Ook elke afschrijving en opwaardering weergeven, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Show the history of changes, newest first.</source>
        <translation>De geschiedenis van wijzigingen weergeven, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Only entries mentioning TEXT.</source>
        <translation>Alleen vermeldingen waarin TEXT voorkomt.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Hoogstens N vermeldingen.</translation>
    </message>
    <message>
        <source>error: --limit needs a whole number of 0 or more.</source>
        <translation>fout: --limit heeft een geheel getal van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings.</source>
        <translation>De instellingen van de organisatie weergeven.</translation>
    </message>
    <message>
        <source>member-limit: %1</source>
        <translation>member-limit: %1</translation>
    </message>
    <message>
        <source>Change a setting: member-limit N, or provisioning-delay SECONDS.</source>
        <translation>Een instelling wijzigen: member-limit N, of provisioning-delay SECONDS.</translation>
    </message>
    <message>
        <source>member-limit or provisioning-delay.</source>
        <translation>member-limit of provisioning-delay.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Een geheel getal.</translation>
    </message>
    <message>
        <source>error: use &quot;settings set member-limit N&quot; or &quot;settings set provisioning-delay SECONDS&quot;.</source>
        <translation>fout: gebruik &quot;settings set member-limit N&quot; of &quot;settings set provisioning-delay SECONDS&quot;.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>Show the organisation.</source>
        <translation>De organisatie weergeven.</translation>
    </message>
    <message>
        <source>No organisation has been created in this database yet.</source>
        <translation>Er is nog geen organisatie gemaakt in deze database.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <source>Name the organisation (creating it when needed).</source>
        <translation>De naam van de organisatie instellen (de organisatie wordt zo nodig gemaakt).</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>De naam van de organisatie.</translation>
    </message>
    <message>
        <source>error: give the NAME (in quotes when it has spaces).</source>
        <translation>fout: geef de NAME op (tussen aanhalingstekens als deze spaties bevat).</translation>
    </message>
    <message>
        <source>The organisation is now called %1.</source>
        <translation>De organisatie heet nu %1.</translation>
    </message>
    <message>
        <source>The SIP profile id (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 3 to 64 characters).</source>
        <translation>Het SIP-profiel-id (letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos;; 3 tot 64 tekens).</translation>
    </message>
    <message>
        <source>PROFILE-ID</source>
        <translation>PROFIEL-ID</translation>
    </message>
    <message>
        <source>The SIP profile&apos;s name, e.g. &quot;Main office PBX&quot;.</source>
        <translation>De naam van het SIP-profiel, bijv. &quot;Telefooncentrale hoofdkantoor&quot;.</translation>
    </message>
    <message>
        <source>The number of simultaneous calls, from 1 to 300.</source>
        <translation>Het aantal gelijktijdige gesprekken, van 1 tot en met 300.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The country of the phone system, as its two-letter ISO code (e.g. NL).</source>
        <translation>Het land van de telefooncentrale, als tweeletterige ISO-code (bijv. NL).</translation>
    </message>
    <message>
        <source>--channels needs a whole number from 1 to 300, not &quot;%1&quot;.</source>
        <translation>--channels heeft een geheel getal van 1 tot en met 300 nodig, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added SIP profile &quot;%1&quot; (%2).</source>
        <translation>SIP-profiel &quot;%1&quot; (%2) toegevoegd.</translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --name, --channels and --country.</source>
        <translation>niets te wijzigen: geef ten minste een van --name, --channels en --country op.</translation>
    </message>
    <message>
        <source>Saved SIP profile &quot;%1&quot; (%2).</source>
        <translation>SIP-profiel &quot;%1&quot; (%2) opgeslagen.</translation>
    </message>
    <message>
        <source>Removed SIP profile &quot;%1&quot; (%2).</source>
        <translation>SIP-profiel &quot;%1&quot; (%2) verwijderd.</translation>
    </message>
    <message>
        <source>No SIP profiles.</source>
        <translation>Geen SIP-profielen.</translation>
    </message>
    <message>
        <source>PROFILE ID</source>
        <translation>PROFIEL-ID</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>KANALEN</translation>
    </message>
    <message>
        <source>Add a SIP profile.</source>
        <translation>Een SIP-profiel toevoegen.</translation>
    </message>
    <message>
        <source>Change a SIP profile&apos;s name, channels or country.</source>
        <translation>De naam, het aantal kanalen of het land van een SIP-profiel wijzigen.</translation>
    </message>
    <message>
        <source>Remove a SIP profile.</source>
        <translation>Een SIP-profiel verwijderen.</translation>
    </message>
    <message>
        <source>List the SIP profiles, sorted by profile id.</source>
        <translation>De SIP-profielen weergeven, gesorteerd op profiel-id.</translation>
    </message>
    <message>
        <source>Only SIP profiles whose id or name contains TEXT (in any case).</source>
        <translation>Alleen SIP-profielen waarvan het id of de naam TEKST bevat (hoofdletterongevoelig).</translation>
    </message>
    <message>
        <source>Include removed SIP profiles.</source>
        <translation>Ook verwijderde SIP-profielen weergeven.</translation>
    </message>
    <message>
        <source>  --lang nl|en      the language of messages (default: from LANG)</source>
        <translation>  --lang nl|en      de taal van de meldingen (standaard: volgens LANG)</translation>
    </message>
    <message>
        <source>error: --lang must be nl or en.</source>
        <translation>fout: --lang moet nl of en zijn.</translation>
    </message>
    <message>
        <source>%1 renews automatically again; paid until %2. It is still being provisioned.</source>
        <translation>%1 wordt weer automatisch verlengd; betaald tot %2. Het nummer wordt nog geactiveerd.</translation>
    </message>
    <message>
        <source>%1 is active again and renews automatically; paid until %2.</source>
        <translation>%1 is weer actief en wordt automatisch verlengd; betaald tot %2.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PAID UNTIL</source>
        <translation>BETAALD TOT</translation>
    </message>
    <message>
        <source>THEN</source>
        <translation>DAARNA</translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation>TOEGEWEZEN AAN</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>ADMINISTRATOR</source>
        <translation>BEHEERDER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJECT</translation>
    </message>
    <message>
        <source>NAME[,NAME...]</source>
        <translation>NAAM[,NAAM...]</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>NETNUMMER</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>MAANDEN</translation>
    </message>
    <message>
        <source>[NUMBER...]</source>
        <translation>[NUMMER...]</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BEDRAG</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <source>Catalogue version %1.</source>
        <translation>Catalogusversie %1.</translation>
    </message>
    <message>
        <source>Prices: %1 for 1 month, %2 for 3 months, %3 for 12 months</source>
        <translation>Prijzen: %1 voor 1 maand, %2 voor 3 maanden, %3 voor 12 maanden</translation>
    </message>
    <message>
        <source>Check the database file for damage, and list its backup copies.</source>
        <translation>Het databasebestand op schade controleren en de reservekopieën tonen.</translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation>De database %1 is in orde.</translation>
    </message>
    <message>
        <source>Backup copies beside it, newest first:</source>
        <translation>Reservekopieën ernaast, nieuwste eerst:</translation>
    </message>
    <message>
        <source>Charged %1; the credit is now %2.</source>
        <translation>%1 in rekening gebracht; het tegoed is nu %2.</translation>
    </message>
    <message>
        <source>Reactivate it for this member or SIP profile instead of its holder (such as the successor of a removed member).</source>
        <translation>Het nummer opnieuw activeren voor dit lid of SIP-profiel in plaats van de houder (zoals de opvolger van een verwijderd lid).</translation>
    </message>
    <message>
        <source>It is now assigned to %1.</source>
        <translation>Het is nu toegewezen aan %1.</translation>
    </message>
    <message>
        <source>Turn automatic renewal of a number on or off.</source>
        <translation>Automatisch verlengen van een nummer aan- of uitzetten.</translation>
    </message>
    <message>
        <source>on: renew at the end of each period; off: expire at the end of the paid period.</source>
        <translation>on: aan het eind van elke periode verlengen; off: aan het eind van de betaalde periode laten vervallen.</translation>
    </message>
    <message>
        <source>error: give one NUMBER and on or off.</source>
        <translation>fout: geef één NUMMER en on of off.</translation>
    </message>
    <message>
        <source>%1 renews automatically; the next renewal is charged before %2.</source>
        <translation>%1 wordt automatisch verlengd; de volgende verlenging wordt vóór %2 in rekening gebracht.</translation>
    </message>
    <message>
        <source>%1 no longer renews; it expires on %2.</source>
        <translation>%1 wordt niet meer verlengd; het vervalt op %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln nummer</numerusform>
            <numerusform>%Ln nummers</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Tegoed: %1</translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation>SALDO</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>OMSCHRIJVING</translation>
    </message>
    <message>
        <source>Added %1; the credit is now %2.</source>
        <translation>%1 toegevoegd; het tegoed is nu %2.</translation>
    </message>
    <message numerus="yes">
        <source>provisioning-delay: %Ln second(s)</source>
        <translation>
            <numerusform>provisioning-delay: %Ln seconde</numerusform>
            <numerusform>provisioning-delay: %Ln seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if the %1 is still at version V (as --json shows it); otherwise nothing is changed and the error says who changed it.</source>
        <translation>Alleen als het %1 nog versie V heeft (zoals --json die toont); anders wordt er niets gewijzigd en zegt de foutmelding wie het heeft gewijzigd.</translation>
    </message>
    <message>
        <source>--if-version needs a whole number of 1 or more.</source>
        <translation>--if-version heeft een geheel getal van 1 of meer nodig.</translation>
    </message>
    <message>
        <source>Server user: %1 (%2)</source>
        <translation>Servergebruiker: %1 (%2)</translation>
    </message>
    <message>
        <source>List who may use this server database, and their role.</source>
        <translation>Tonen wie deze serverdatabase mag gebruiken, met hun rol.</translation>
    </message>
    <message>
        <source>created the database</source>
        <translation>heeft de database gemaakt</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Let a server user in, as administrator or viewer (administrators only).</source>
        <translation>Een servergebruiker toelaten, als beheerder of als alleen-lezen (alleen voor beheerders).</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>De aanmeldnaam van de gebruiker.</translation>
    </message>
    <message>
        <source>administrator (changes everything) or viewer (only looks).</source>
        <translation>administrator (wijzigt alles) of viewer (kijkt alleen).</translation>
    </message>
    <message>
        <source>Read the new user&apos;s password from the first line of standard input (not needed where the server knows users otherwise).</source>
        <translation>Het wachtwoord van de nieuwe gebruiker lezen van de eerste regel van de standaardinvoer (niet nodig als de server gebruikers op een andere manier kent).</translation>
    </message>
    <message>
        <source>--role must be administrator or viewer.</source>
        <translation>--role moet administrator of viewer zijn.</translation>
    </message>
    <message>
        <source>%1 may now use this database as %2.</source>
        <translation>%1 mag deze database nu gebruiken als %2.</translation>
    </message>
    <message>
        <source>Take away a user&apos;s role in this server database (administrators only).</source>
        <translation>De rol van een gebruiker in deze serverdatabase intrekken (alleen voor beheerders).</translation>
    </message>
    <message>
        <source>%1 may no longer use this database.</source>
        <translation>%1 mag deze database niet meer gebruiken.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>The separator between fields: , ; or tab (found from the header when not given).</source>
        <translation>Het scheidingsteken tussen velden: , ; of tab (uit de kopregel afgeleid als het niet is opgegeven).</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>TEKEN</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, windows-1252 or utf-16 (found from the file when not given).</source>
        <translation>De codering van het bestand: utf-8, windows-1252 of utf-16 (uit het bestand afgeleid als het niet is opgegeven).</translation>
    </message>
    <message>
        <source>--separator must be , ; or tab, not &quot;%1&quot;.</source>
        <translation>--separator moet , ; of tab zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252 or utf-16, not &quot;%1&quot;.</source>
        <translation>--encoding moet utf-8, windows-1252 of utf-16 zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Row %1: %2 changes: %3</source>
        <translation>Rij %1: %2 wijzigt: %3</translation>
    </message>
    <message>
        <source>Row %1: %2 is already there; left as it is.</source>
        <translation>Rij %1: %2 is er al; ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns.</source>
        <translation>Een CSV-bestand met een kopregel die de kolommen benoemt.</translation>
    </message>
    <message>
        <source>Check every row and report what the import would do; change nothing.</source>
        <translation>Elke rij controleren en melden wat de import zou doen; niets wijzigen.</translation>
    </message>
    <message>
        <source>Change the ones that are already there to the file&apos;s values (otherwise they are left as they are).</source>
        <translation>Wie er al is wijzigen naar de waarden in het bestand (anders blijven ze ongewijzigd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most one FILE, but more were given: %2</source>
        <translation>&quot;%1&quot; neemt hoogstens één BESTAND, maar er zijn er meer opgegeven: %2</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format moet csv of xlsx zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an XLSX export needs a FILE to write to.</source>
        <translation>een XLSX-export heeft een BESTAND nodig om naar te schrijven.</translation>
    </message>
    <message>
        <source>--state must be pending, active, cancelled or expired, not &quot;%1&quot;.</source>
        <translation>--state moet pending, active, cancelled of expired zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln rij geschreven naar %1.</numerusform>
            <numerusform>%Ln rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx); without it, CSV goes to standard output.</source>
        <translation>Het bestand om te schrijven (.csv of .xlsx); zonder bestand gaat CSV naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[BESTAND]</translation>
    </message>
    <message>
        <source>csv or xlsx (from the file name when not given).</source>
        <translation>csv of xlsx (uit de bestandsnaam afgeleid als het niet is opgegeven).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>OPMAAK</translation>
    </message>
    <message>
        <source>The CSV separator: , ; or tab (default: ; in Dutch, , in English).</source>
        <translation>Het CSV-scheidingsteken: , ; of tab (standaard: ; in het Nederlands, , in het Engels).</translation>
    </message>
    <message>
        <source>Only rows that a search for TEXT finds.</source>
        <translation>Alleen rijen die een zoekopdracht naar TEKST vindt.</translation>
    </message>
    <message>
        <source>Only numbers in this state: pending, active, cancelled or expired.</source>
        <translation>Alleen nummers met deze status: pending, active, cancelled of expired.</translation>
    </message>
    <message>
        <source>Import members from a CSV file, all or nothing.</source>
        <translation>Leden importeren uit een CSV-bestand, alles of niets.</translation>
    </message>
    <message>
        <source>Import SIP profiles from a CSV file, all or nothing.</source>
        <translation>SIP-profielen importeren uit een CSV-bestand, alles of niets.</translation>
    </message>
    <message>
        <source>Import numbers the organisation already holds from a CSV file, all or nothing.</source>
        <translation>Nummers die de organisatie al heeft importeren uit een CSV-bestand, alles of niets.</translation>
    </message>
    <message>
        <source>Export the members as CSV or XLSX.</source>
        <translation>De leden exporteren als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Export the SIP profiles as CSV or XLSX.</source>
        <translation>De SIP-profielen exporteren als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Export the numbers, with holder, state, period, price and terms.</source>
        <translation>De nummers exporteren, met houder, status, periode, prijs en voorwaarden.</translation>
    </message>
    <message>
        <source>Export the history as CSV or XLSX.</source>
        <translation>De geschiedenis exporteren als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Export the credit ledger (every top-up and charge) as CSV or XLSX.</source>
        <translation>Het tegoedoverzicht (elke opwaardering en afschrijving) exporteren als CSV of XLSX.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Reservekopie van %1 gemaakt in %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3 members, %4 numbers, credit %5.</source>
        <translation>%1 is teruggezet uit %2: %3 leden, %4 nummers, tegoed %5.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>De database zoals hij was, is bewaard in %1.</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database to FILE, also while it is in use.</source>
        <translation>Schrijf een consistente reservekopie van de database naar BESTAND, ook terwijl hij in gebruik is.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Het reservekopiebestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents with a backup (a copy of the database as it is is kept beside it).</source>
        <translation>Vervang de inhoud van de database door een reservekopie (een kopie van de huidige database wordt ernaast bewaard).</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>Het reservekopiebestand dat teruggezet wordt.</translation>
    </message>
    <message>
        <source>--format must be teams, twilio, freepbx or generic, not &quot;%1&quot;.</source>
        <translation>--format moet teams, twilio, freepbx of generic zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--country must be a country code such as NL, not &quot;%1&quot;.</source>
        <translation>--country moet een landcode zoals NL zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Here: %1.</source>
        <translation>Hier: %1.</translation>
    </message>
    <message>
        <source>In the file (row %1): %2.</source>
        <translation>In het bestand (rij %1): %2.</translation>
    </message>
    <message>
        <source>In the file: %1.</source>
        <translation>In het bestand: %1.</translation>
    </message>
    <message>
        <source>Compare the provider&apos;s list of numbers (Teams, Twilio, FreePBX or a plain list) with the numbers here; exit code 3 when they differ.</source>
        <translation>Vergelijk de lijst met nummers van de provider (Teams, Twilio, FreePBX of een eenvoudige lijst) met de nummers hier; afsluitcode 3 als ze verschillen.</translation>
    </message>
    <message>
        <source>The provider&apos;s export, as CSV.</source>
        <translation>De export van de provider, als CSV.</translation>
    </message>
    <message>
        <source>teams, twilio, freepbx or generic (found from the header when not given).</source>
        <translation>teams, twilio, freepbx of generic (uit de kopregel afgeleid als het niet is opgegeven).</translation>
    </message>
    <message>
        <source>The country of numbers written without one, such as 020 123 4567 (default NL).</source>
        <translation>Het land van nummers die zonder land zijn geschreven, zoals 020 123 4567 (standaard NL).</translation>
    </message>
    <message>
        <source>Also write the differences to FILE (.csv or .xlsx).</source>
        <translation>Schrijf de verschillen ook naar BESTAND (.csv of .xlsx).</translation>
    </message>
    <message>
        <source>line %1 is not a name (the file is not a text file).</source>
        <translation>regel %1 is geen naam (het bestand is geen tekstbestand).</translation>
    </message>
    <message>
        <source>the file names nobody.</source>
        <translation>het bestand noemt niemand.</translation>
    </message>
    <message>
        <source>this command needs --to or --to-file (one of them).</source>
        <translation>deze opdracht heeft --to of --to-file nodig (een van beide).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A text file with one member or SIP profile per line, for more than a command line holds.</source>
        <translation>Een tekstbestand met één lid of SIP-profiel per regel, voor meer dan op een opdrachtregel past.</translation>
    </message>
    <message>
        <source>  --version         show the version and stop</source>
        <translation>  --version         de versie tonen en stoppen</translation>
    </message>
</context>
<context>
    <name>nm::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.nl</source>
        <translation>db.voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Not needed when the server knows you otherwise</source>
        <translation>Niet nodig als de server u op een andere manier kent</translation>
    </message>
    <message>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation>Een &amp;versleutelde verbinding vereisen (TLS)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>Het wachtwoord &amp;onthouden in de wachtwoordkluis van deze computer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>nm::CountryComboBox</name>
    <message>
        <source>%1 - %2</source>
        <comment>country code - country name</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Pick the country, or type its name or two-letter code, such as NL</source>
        <translation>Kies het land, of typ de naam of de tweeletterige code, zoals NL</translation>
    </message>
</context>
<context>
    <name>nm::CreditAccount</name>
    <message>
        <source>A charge must be more than %1 and at most %2; %3 cannot be charged. Nothing was charged.</source>
        <translation>Een afschrijving moet meer dan %1 en hoogstens %2 zijn; %3 kan niet worden afgeschreven. Er is niets afgeschreven.</translation>
    </message>
    <message>
        <source>There is not enough credit: this costs %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</source>
        <translation>Er is niet genoeg tegoed: dit kost %1 en het tegoed is %2. Waardeer het tegoed op en probeer het opnieuw. Er is niets gekocht of in rekening gebracht.</translation>
    </message>
    <message>
        <source>The credit is %1 and may be at most %2: a top-up of %3 would exceed it. Nothing was added.</source>
        <translation>Het tegoed is %1 en mag hoogstens %2 zijn: een opwaardering van %3 zou dat overschrijden. Er is niets toegevoegd.</translation>
    </message>
</context>
<context>
    <name>nm::CreditPage</name>
    <message>
        <source>Credit: %1</source>
        <translation>Tegoed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln regel</numerusform>
            <numerusform>%Ln regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Opwaarderen</translation>
    </message>
    <message>
        <source>Add %1 to the credit? The credit will then be %2.</source>
        <translation>%1 aan het tegoed toevoegen? Het tegoed wordt dan %2.</translation>
    </message>
    <message>
        <source>%1 was added; the credit is now %2.</source>
        <translation>%1 is toegevoegd; het tegoed is nu %2.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Tegoed:</translation>
    </message>
    <message>
        <source>&amp;Top up:</source>
        <translation>&amp;Opwaarderen:</translation>
    </message>
    <message>
        <source>Amount in euros, e.g. 100.00</source>
        <translation>Bedrag in euro, bijv. 100,00</translation>
    </message>
    <message>
        <source>Top-up amount in euros</source>
        <translation>Op te waarderen bedrag in euro</translation>
    </message>
    <message>
        <source>A&amp;dd credit</source>
        <translation>Tegoed &amp;toevoegen</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle regels</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Opwaarderingen</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Regels tonen van soort</translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation>Tegoedoverzicht</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV or Excel file</source>
        <translation>De getoonde regels naar een CSV- of Excel-bestand schrijven</translation>
    </message>
</context>
<context>
    <name>nm::Csv</name>
    <message>
        <source>The file is not valid UTF-8 text. Give its encoding, such as --encoding windows-1252.</source>
        <translation>Het bestand is geen geldige UTF-8-tekst. Geef de codering op, zoals --encoding windows-1252.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MiB): an import reads at most %2 MiB. Nothing was imported.</source>
        <translation>Het bestand is te groot (%1 MiB): een import leest hoogstens %2 MiB. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data on line %1). Choose a CSV file. Nothing was imported.</source>
        <translation>Het bestand is geen tekstbestand (regel %1 bevat binaire gegevens). Kies een CSV-bestand. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>Het bestand is leeg. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>De CSV-lezer kon niet starten.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read: its quotes are not closed or a quote stands inside an unquoted field (%2). Nothing was imported.</source>
        <translation>Rij %1 kan niet worden gelezen: de aanhalingstekens zijn niet gesloten of er staat een aanhalingsteken in een veld zonder aanhalingstekens (%2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns. Nothing was imported.</source>
        <translation>Het bestand heeft geen kopregel die de kolommen benoemt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Nothing was imported.</source>
        <translation>%1 is geen gewoon bestand (het is een map, een apparaat of een pipe). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MiB): at most %3 MiB is read. Nothing was imported.</source>
        <translation>Het bestand %1 is te groot (%2 MiB): er wordt hoogstens %3 MiB gelezen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large: at most %2 MiB is read. Nothing was imported.</source>
        <translation>Het bestand %1 is te groot: er wordt hoogstens %2 MiB gelezen. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>nm::DataActions</name>
    <message>
        <source>members</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>sip-profiles</source>
        <translation>sip-profielen</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>nummers</translation>
    </message>
    <message>
        <source>history</source>
        <translation>geschiedenis</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>tegoed</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>verschillen</translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (pg_dump); ask your database administrator.</source>
        <translation>Van een database op een server maakt u een reservekopie met de eigen hulpmiddelen van de server (pg_dump); vraag het uw databasebeheerder.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation>&amp;Leden...</translation>
    </message>
    <message>
        <source>&amp;SIP profiles...</source>
        <translation>&amp;SIP-profielen...</translation>
    </message>
    <message>
        <source>&amp;Numbers the organisation already holds...</source>
        <translation>&amp;Nummers die de organisatie al heeft...</translation>
    </message>
    <message>
        <source>&amp;Export this table...</source>
        <translation>Deze tabel &amp;exporteren...</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>Reservekopie &amp;maken...</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup...</source>
        <translation>&amp;Terugzetten uit een reservekopie...</translation>
    </message>
    <message>
        <source>Re&amp;concile with the provider&apos;s list...</source>
        <translation>&amp;Vergelijken met de lijst van de provider...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln rij geschreven naar %1.</numerusform>
            <numerusform>%Ln rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Number Manager backups (*.nmbackup)</source>
        <translation>Reservekopieën van Number Manager (*.nmbackup)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Reservekopie gemaakt in %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een reservekopie</translation>
    </message>
    <message>
        <source>Number Manager backups (*.nmbackup *.sqlite);;All files (*)</source>
        <translation>Reservekopieën van Number Manager (*.nmbackup *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The backup holds %3 members and %4 numbers, with %5 of credit; its last change was made %6.

The database as it is now is kept in a copy beside it and in the automatic backups, so this can be undone.</source>
        <translation>Alles in %1 vervangen door de reservekopie %2?

De reservekopie bevat %3 leden en %4 nummers, met %5 tegoed; de laatste wijziging erin is van %6.

De database zoals hij nu is, wordt bewaard in een kopie ernaast en in de automatische reservekopieën, zodat dit ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup before the restore could not be made. %1</source>
        <translation>Er is niets teruggezet: de reservekopie vóór het terugzetten kon niet worden gemaakt. %1</translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was is kept in %2.</source>
        <translation>Teruggezet uit %1. De database zoals hij was, is bewaard in %2.</translation>
    </message>
    <message>
        <source>Reconcile with the provider&apos;s list</source>
        <translation>Vergelijken met de lijst van de provider</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wordt geschreven...</translation>
    </message>
</context>
<context>
    <name>nm::Database</name>
    <message>
        <source>The file %1 is not a Number Manager database. It was not opened and has not been changed.</source>
        <translation>Het bestand %1 is geen Number Manager-database. Het is niet geopend en niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that you have permission to open it.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer of u toestemming hebt om het te openen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder for the database %1 cannot be created.</source>
        <translation>De map voor de database %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Number Manager (schema %2; this version knows schema %3). Please install the newer version. The file has not been changed.</source>
        <translation>De database %1 is geschreven door een nieuwere versie van Number Manager (schema %2; deze versie kent schema %3). Installeer de nieuwere versie. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Number Manager. It was not opened and has not been changed.</source>
        <translation>Het bestand %1 is een database van een ander programma, niet van Number Manager. Het is niet geopend en niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 is read-only and must be upgraded before it can be used. Nothing was changed.</source>
        <translation>De database %1 is alleen-lezen en moet worden bijgewerkt voordat deze kan worden gebruikt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before upgrading it (%2). It has not been changed.</source>
        <translation>Van de database %1 kon vóór het bijwerken geen reservekopie worden gemaakt (%2). De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Het bijwerken van de database naar schema %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The database is in use by another program or administrator. Nothing was changed; please try again in a moment.</source>
        <translation>De database wordt gebruikt door een ander programma of een andere beheerder. Er is niets gewijzigd; probeer het over enkele ogenblikken opnieuw.</translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was changed. Check that you may write to the file and its folder.</source>
        <translation>Het databasebestand is alleen-lezen. Er is niets gewijzigd. Controleer of u naar het bestand en de map ervan mag schrijven.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1). Nothing was changed.</source>
        <translation>De wijziging is in strijd met bestaande gegevens (%1). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The file is not a Number Manager database.</source>
        <translation>Het bestand is geen Number Manager-database.</translation>
    </message>
    <message>
        <source>The database reported an error: %1. Nothing was changed.</source>
        <translation>De database heeft een fout gemeld: %1. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Number Manager will not write to it: what it would write could be lost or spread the damage. Nothing was changed.</source>
        <translation>De database %1 is beschadigd, dus Number Manager schrijft er niet meer in: wat het zou schrijven kan verloren gaan of de schade vergroten. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>(SQLite reports: %1)</source>
        <translation>(SQLite meldt: %1)</translation>
    </message>
    <message>
        <source>To recover, close Number Manager and put back a copy of the file from your own backups; there is no backup copy beside it.</source>
        <translation>Sluit Number Manager om te herstellen en zet een kopie van het bestand terug uit uw eigen reservekopieën; er staat geen reservekopie naast.</translation>
    </message>
    <message>
        <source>To recover, close Number Manager and put the newest backup copy, %1, in its place (keep the damaged file aside for your IT support).</source>
        <translation>Sluit Number Manager om te herstellen en zet de nieuwste reservekopie, %1, op de plaats ervan (bewaar het beschadigde bestand voor uw IT-ondersteuning).</translation>
    </message>
    <message>
        <source>The database %1 is open read-only: you can look, but not change anything.</source>
        <translation>De database %1 is alleen-lezen geopend: u kunt kijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <source>You may not write to the database %1, so it is open read-only: you can look, but not change anything.</source>
        <translation>U mag niet schrijven in de database %1, dus die is alleen-lezen geopend: u kunt kijken, maar niets wijzigen.</translation>
    </message>
    <message>
        <source>The database %1 is in a folder you may not write to, so it is open read-only: you can look, but not change anything. To work with it, copy it to a folder of your own.</source>
        <translation>De database %1 staat in een map waarin u niet mag schrijven, dus die is alleen-lezen geopend: u kunt kijken, maar niets wijzigen. Kopieer de database naar een eigen map om ermee te werken.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created. Check that you may write to its folder.</source>
        <translation>De database %1 kan niet worden gemaakt. Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>The database %1 is in a folder you may not write to, and it holds changes that SQLite cannot read from there (its -wal file). Copy the database with its -wal file to a folder of your own, or ask who may write to the folder to open it once. Nothing was changed.</source>
        <translation>De database %1 staat in een map waarin u niet mag schrijven en bevat wijzigingen die SQLite daar niet kan lezen (het -wal-bestand). Kopieer de database met het -wal-bestand naar een eigen map, of vraag iemand die in de map mag schrijven om de database één keer te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before upgrading it (the copy %2 cannot be created). It has not been changed.</source>
        <translation>Er kon geen reservekopie van de database %1 worden gemaakt voordat die werd bijgewerkt (de kopie %2 kan niet worden gemaakt). De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Make room on the disk and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed. Make room on the disk and try again.</source>
        <translation>De schijf met %1 is vol. Er is niets gewijzigd. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was changed. Check the disk or network drive it is on.</source>
        <translation>Het databasebestand kon niet worden gelezen of geschreven (%1). Er is niets gewijzigd. Controleer de schijf of netwerkschijf waarop het staat.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was changed. Restore the newest backup copy.</source>
        <translation>Het databasebestand is beschadigd. Er is niets gewijzigd. Zet de nieuwste reservekopie terug.</translation>
    </message>
    <message>
        <source>You are a viewer of the database %1 (user %2): you can look at everything, but only its administrators can change anything.</source>
        <translation>U hebt alleen-lezentoegang tot de database %1 (gebruiker %2): u kunt alles bekijken, maar alleen de beheerders kunnen iets wijzigen.</translation>
    </message>
    <message>
        <source>Number Manager cannot connect to the database %1: %2</source>
        <translation>Number Manager kan geen verbinding maken met de database %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address. Write postgresql://USER@HOST[:PORT]/DATABASE, for example postgresql://anna@db.example.nl/numbers.</source>
        <translation>&quot;%1&quot; is geen databaseadres. Schrijf postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE, bijvoorbeeld postgresql://anna@db.example.nl/nummers.</translation>
    </message>
    <message>
        <source>The database address takes only ?sslmode=..., not ?%1.</source>
        <translation>Het databaseadres kent alleen ?sslmode=..., niet ?%1.</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Number Manager. Nothing was changed.</source>
        <translation>De database %1 bevat tabellen van een ander programma, niet van Number Manager. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Number Manager (schema %2; this version knows schema %3). Please install the newer version. Nothing was changed.</source>
        <translation>De database %1 is geschreven door een nieuwere versie van Number Manager (schema %2; deze versie kent schema %3). Installeer de nieuwere versie. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded before it can be used. Nothing was changed.</source>
        <translation>De database %1 moet worden bijgewerkt voordat die kan worden gebruikt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 must be set up or upgraded by its owner (who created it) before %2 can use it. Nothing was changed.</source>
        <translation>De database %1 moet door de eigenaar (wie hem heeft gemaakt) worden ingericht of bijgewerkt voordat %2 hem kan gebruiken. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database server refused the change: you may look at this database but not change it (you are not one of its administrators). Nothing was changed.</source>
        <translation>De databaseserver heeft de wijziging geweigerd: u mag deze database bekijken maar niet wijzigen (u bent geen van de beheerders). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database is open read-only. Nothing was changed.</source>
        <translation>De database is alleen-lezen geopend. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed. Ask its administrator to make room.</source>
        <translation>De schijf van de databaseserver is vol. Er is niets gewijzigd. Vraag de beheerder van de server om ruimte te maken.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost. Nothing was changed; Number Manager connects again, then try once more.</source>
        <translation>De verbinding met de databaseserver %1 is verbroken. Er is niets gewijzigd; Number Manager maakt opnieuw verbinding, probeer het daarna nog eens.</translation>
    </message>
    <message>
        <source>The database server reports damaged data (%1). Nothing was changed. Ask its administrator to check the server.</source>
        <translation>De databaseserver meldt beschadigde gegevens (%1). Er is niets gewijzigd. Vraag de beheerder van de server om die te controleren.</translation>
    </message>
</context>
<context>
    <name>nm::DatabaseUsers</name>
    <message>
        <source>Users and roles belong to a database on a PostgreSQL server. A database file has no users: whoever may write to the file is its administrator.</source>
        <translation>Gebruikers en rollen horen bij een database op een PostgreSQL-server. Een databasebestand heeft geen gebruikers: wie in het bestand mag schrijven, is de beheerder.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may have 1 to 63 letters (A-Z), digits, dots, hyphens and underscores.</source>
        <translation>De gebruikersnaam &quot;%1&quot; mag 1 tot 63 letters (A-Z), cijfers, punten, koppeltekens en onderstrepingstekens hebben.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator to do it.</source>
        <translation>U kunt uzelf niet verwijderen; vraag een andere beheerder om dat te doen.</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 is geen gebruiker van deze database.</translation>
    </message>
    <message>
        <source>%1 created this database and stays its administrator.</source>
        <translation>%1 heeft deze database gemaakt en blijft de beheerder.</translation>
    </message>
</context>
<context>
    <name>nm::DemoOrganisation</name>
    <message>
        <source>The demo organisation can only be loaded into an empty database; this one already has an organisation, members, SIP profiles or numbers.</source>
        <translation>De demo-organisatie kan alleen in een lege database worden geladen; deze database bevat al een organisatie, leden, SIP-profielen of nummers.</translation>
    </message>
    <message>
        <source>The demo organisation could not be loaded; nothing was changed. %1</source>
        <translation>De demo-organisatie kon niet worden geladen; er is niets gewijzigd. %1</translation>
    </message>
</context>
<context>
    <name>nm::Exporter</name>
    <message>
        <source>The spreadsheet %1 could not be written: %2.</source>
        <translation>Het werkblad %1 kon niet worden geschreven: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation>SIP-profielen</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the spreadsheet: %1</source>
        <translation>Er kon geen tijdelijke map voor het werkblad worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be read back: %1</source>
        <translation>Het werkblad kon niet worden teruggelezen: %1</translation>
    </message>
    <message>
        <source>A reconciliation is exported from its report.</source>
        <translation>Een vergelijking wordt vanuit haar rapport geëxporteerd.</translation>
    </message>
    <message>
        <source>More than %1 rows do not fit in a spreadsheet. Export as CSV instead.</source>
        <translation>Meer dan %1 rijen passen niet in een spreadsheet. Exporteer als CSV.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>De export kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation>Het exporteren is gestopt. Er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>nm::GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Click Features on the toolbar (Alt+1), then Numbers in the Features menu on the left, to show the Numbers page.</source>
        <translation>Klik op Functies op de werkbalk (Alt+1) en klik in het menu Functies aan de linkerkant op Nummers om de pagina Nummers weer te geven.</translation>
    </message>
    <message>
        <source>Number Manager guide</source>
        <translation>Handleiding Number Manager</translation>
    </message>
    <message>
        <source>This guide explains how to assign numbers to your members, how to reassign a number, and how to cancel numbers assigned to your members.</source>
        <translation>In deze handleiding staan instructies over het toewijzen van nummers aan uw leden, het opnieuw toewijzen van nummers en het annuleren van nummers die aan uw leden zijn toegewezen.</translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation>Nummers toewijzen</translation>
    </message>
    <message>
        <source>You can assign numbers to members and SIP profiles.</source>
        <translation>U kunt nummers aan leden en SIP-profielen toewijzen.</translation>
    </message>
    <message>
        <source>Tick the box beside each member or SIP profile you want to give a number (Space ticks the selected row).</source>
        <translation>Schakel het vakje in naast elk lid of SIP-profiel aan wie u een nummer wilt toewijzen (de spatiebalk vinkt de geselecteerde rij aan).</translation>
    </message>
    <message>
        <source>Click Assign numbers (Ctrl+N) to show the Buy numbers page.</source>
        <translation>Klik op Nummers toewijzen (Ctrl+N) om de pagina Nummers kopen weer te geven.</translation>
    </message>
    <message>
        <source>Select the country of the numbers and click Continue.</source>
        <translation>Selecteer het land voor de nummers en klik op Doorgaan.</translation>
    </message>
    <message>
        <source>Choose the area code to use, and how you want to be billed: every month, every 3 months or every 12 months.</source>
        <translation>Kies het netnummer dat u wilt gebruiken en geef aan hoe u wilt worden gefactureerd: elke maand, elke 3 maanden of elke 12 maanden.</translation>
    </message>
    <message>
        <source>Read the terms of the numbers, tick I agree to the terms, and click Buy now.</source>
        <translation>Lees de voorwaarden van de nummers, schakel Ik ga akkoord met de voorwaarden in en klik op Nu kopen.</translation>
    </message>
    <message>
        <source>The numbers are then assigned. It can take a few minutes before the numbers appear and your members can start using them. The cost is taken from the credit.</source>
        <translation>De nummers worden vervolgens toegewezen. Het kan enkele minuten duren voordat de nummers worden weergegeven en uw leden ze kunnen gaan gebruiken. De kosten gaan van het tegoed af.</translation>
    </message>
    <message>
        <source>Reassign a number</source>
        <translation>Een nummer opnieuw toewijzen</translation>
    </message>
    <message>
        <source>Click the row with the number you want to reassign.</source>
        <translation>Klik op de rij met het nummer dat u opnieuw wilt toewijzen.</translation>
    </message>
    <message>
        <source>Click Reassign a number (Ctrl+R, or Enter on the row).</source>
        <translation>Klik op Een nummer opnieuw toewijzen (Ctrl+R, of Enter op de rij).</translation>
    </message>
    <message>
        <source>Type the name of the member or SIP profile to assign the number to, pick it from the list, and click Confirm.</source>
        <translation>Geef de naam op van het lid of SIP-profiel aan wie u het nummer wilt toewijzen, kies het uit de lijst en klik op Bevestigen.</translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation>Wanneer u een nummer opnieuw toewijst, moet u controleren of de toewijzing in overeenstemming is met de voorwaarden waarmee u tijdens het kopen van het specifieke nummer hebt ingestemd.</translation>
    </message>
    <message>
        <source>Cancel numbers</source>
        <translation>Nummers annuleren</translation>
    </message>
    <message>
        <source>Tick the box beside each number you want to cancel. To cancel all numbers of a member, select one of their rows and press Ctrl+Space.</source>
        <translation>Schakel het vakje in naast elk nummer dat u wilt annuleren. Wilt u alle nummers van een lid annuleren, selecteer dan een van de rijen van dat lid en druk op Ctrl+spatiebalk.</translation>
    </message>
    <message>
        <source>Click Cancel numbers (Delete) and confirm.</source>
        <translation>Klik op Nummers annuleren (Delete) en bevestig.</translation>
    </message>
    <message>
        <source>The numbers expire on the dates shown beside them. No extra charges will be made. Until then you can undo a cancellation with Reactivate.</source>
        <translation>De nummers komen te vervallen op de data die ernaast zijn aangegeven. Er worden geen extra kosten in rekening gebracht. Tot die datum kunt u een annulering ongedaan maken met Opnieuw activeren.</translation>
    </message>
    <message>
        <source>Important: the terms of numbers</source>
        <translation>Belangrijk: de voorwaarden voor nummers</translation>
    </message>
    <message>
        <source>Numbers are offered &quot;as is&quot;. Whether they stay available depends on the residency rules and local regulations that apply, and the terms of numbers can change accordingly. Such changes can add or change residency requirements, or ask you for more details about users to keep access to certain numbers, and can affect whether you can use, buy and assign numbers in the future. The terms of numbers are shown clearly while you buy them, and you must agree to them before you can buy.</source>
        <translation>Nummers worden ‘als zodanig’ aangeboden. De continue beschikbaarheid ervan is onderhevig aan toepasselijke woonplaatsvoorschriften en lokale regelgevingspraktijken. De voorwaarden voor nummers kunnen dienovereenkomstig veranderen. Dergelijke veranderingen kunnen de oplegging of wijziging van woonplaatsvereisten omvatten en/of het verstrekken van meer gebruikersgegevens door u voor onafgebroken toegang tot bepaalde nummers, en kunnen van invloed zijn op uw mogelijkheden om nummers in de toekomst te gebruiken, kopen en toe te wijzen. De voorwaarden voor nummers worden duidelijk vermeld tijdens de aankoop. U dient hiermee akkoord te gaan voordat u de nummers kunt kopen.</translation>
    </message>
</context>
<context>
    <name>nm::HistoryPage</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln vermelding</numerusform>
            <numerusform>%Ln vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read from the database: %1</source>
        <translation>De geschiedenis kan niet uit de database worden gelezen: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Search the history (%1)</source>
        <translation>De geschiedenis doorzoeken (%1)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>De geschiedenis doorzoeken</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>Only entries on or after this date</source>
        <translation>Alleen vermeldingen op of na deze datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Only entries on or before this date</source>
        <translation>Alleen vermeldingen op of vóór deze datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>nm::HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>nm::HistoryText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>object kind, then its name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Lid toegevoegd</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Lid gewijzigd</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Lid verwijderd</translation>
    </message>
    <message>
        <source>SIP profile added</source>
        <translation>SIP-profiel toegevoegd</translation>
    </message>
    <message>
        <source>SIP profile changed</source>
        <translation>SIP-profiel gewijzigd</translation>
    </message>
    <message>
        <source>SIP profile removed</source>
        <translation>SIP-profiel verwijderd</translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation>Nummer gekocht</translation>
    </message>
    <message>
        <source>Number activated</source>
        <translation>Nummer geactiveerd</translation>
    </message>
    <message>
        <source>Number reassigned</source>
        <translation>Nummer opnieuw toegewezen</translation>
    </message>
    <message>
        <source>Number cancelled</source>
        <translation>Nummer geannuleerd</translation>
    </message>
    <message>
        <source>Number reactivated</source>
        <translation>Nummer opnieuw geactiveerd</translation>
    </message>
    <message>
        <source>Auto-renew changed</source>
        <translation>Automatisch verlengen gewijzigd</translation>
    </message>
    <message>
        <source>Number renewed</source>
        <translation>Nummer verlengd</translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation>Verlenging mislukt</translation>
    </message>
    <message>
        <source>Number expired</source>
        <translation>Nummer verlopen</translation>
    </message>
    <message>
        <source>Number released</source>
        <translation>Nummer vrijgegeven</translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation>Organisatie gemaakt</translation>
    </message>
    <message>
        <source>Organisation renamed</source>
        <translation>Naam van organisatie gewijzigd</translation>
    </message>
    <message>
        <source>Credit topped up</source>
        <translation>Tegoed opgewaardeerd</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>Catalogus geïmporteerd</translation>
    </message>
    <message>
        <source>User let in</source>
        <translation>Gebruiker toegelaten</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Gebruiker verwijderd</translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation>Leden geïmporteerd</translation>
    </message>
    <message>
        <source>SIP profiles imported</source>
        <translation>SIP-profielen geïmporteerd</translation>
    </message>
    <message>
        <source>Numbers imported</source>
        <translation>Nummers geïmporteerd</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database teruggezet</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>SIP profile</source>
        <translation>SIP-profiel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiel-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Holder type</source>
        <translation>Soort houder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>Betaald tot</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Automatisch verlengen</translation>
    </message>
    <message>
        <source>Billing period (months)</source>
        <translation>Factureringsperiode (maanden)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>In rekening gebracht</translation>
    </message>
    <message>
        <source>Terms of country</source>
        <translation>Voorwaarden van land</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>Versie van de voorwaarden</translation>
    </message>
    <message>
        <source>Terms accepted by</source>
        <translation>Voorwaarden geaccepteerd door</translation>
    </message>
    <message>
        <source>Expired at</source>
        <translation>Verlopen op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Numbers per member</source>
        <translation>Nummers per lid</translation>
    </message>
    <message>
        <source>Provisioning delay (seconds)</source>
        <translation>Activeringsvertraging (seconden)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <comment>a number renewed: paid until before and after, the price</comment>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Numbers renewed</source>
        <translation>Nummers verlengd</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlengingen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <comment>a batch of numbers</comment>
        <translation>
            <numerusform>%Ln nummer</numerusform>
            <numerusform>%Ln nummers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Naam of nummer</translation>
    </message>
    <message>
        <source>Problems and changes</source>
        <translation>Problemen en wijzigingen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Heeft problemen</translation>
    </message>
</context>
<context>
    <name>nm::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s), %2, separated by %3. Choose the file&apos;s column for each field; the guess is filled in.</source>
        <translation>
            <numerusform>%1: %Ln rij, %2, gescheiden door %3. Kies voor elk veld de kolom van het bestand; de gok is al ingevuld.</numerusform>
            <numerusform>%1: %Ln rijen, %2, gescheiden door %3. Kies voor elk veld de kolom van het bestand; de gok is al ingevuld.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (kolom %2)</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for: %1.</source>
        <translation>Kies de kolom van het bestand voor: %1.</translation>
    </message>
    <message>
        <source>The column %1 is chosen for two fields. Choose one column per field.</source>
        <translation>De kolom %1 is voor twee velden gekozen. Kies één kolom per veld.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Het bestand wordt gecontroleerd</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln rij wordt gecontroleerd...</numerusform>
            <numerusform>%Ln rijen worden gecontroleerd...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)...</source>
        <translation>
            <numerusform>%Ln rij wordt geïmporteerd...</numerusform>
            <numerusform>%Ln rijen worden geïmporteerd...</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked. Choose Back to try again.</source>
        <translation>Het bestand kon niet worden gecontroleerd. Kies Vorige om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>%1 The rows are marked in red below; once the file is fixed, choose Back and Next to read it again.</source>
        <translation>%1 De rijen zijn hieronder rood gemarkeerd; kies, zodra het bestand is verbeterd, Vorige en Volgende om het opnieuw te lezen.</translation>
    </message>
    <message>
        <source>%1 Choose Import to do this.</source>
        <translation>%1 Kies Importeren om dit te doen.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be made. %1</source>
        <translation>Er is niets geïmporteerd: de reservekopie vóór het importeren kon niet worden gemaakt. %1</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Leden importeren</translation>
    </message>
    <message>
        <source>Import SIP profiles</source>
        <translation>SIP-profielen importeren</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Nummers importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns, in English or Dutch, in any order, as Excel saves it.</source>
        <translation>Een CSV-bestand met een kopregel die de kolommen noemt, in het Nederlands of Engels, in elke volgorde, zoals Excel het opslaat.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>B&amp;laderen...</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>Uit het bestand afgeleid</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel&apos;s plain CSV)</source>
        <translation>Windows-1252 (gewone CSV van Excel)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (Unicode-tekst van Excel)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Koppel de kolommen</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Change members that are already here to the file&apos;s values</source>
        <translation>Leden die er al zijn &amp;wijzigen naar de waarden in het bestand</translation>
    </message>
    <message>
        <source>&amp;Change SIP profiles that are already here to the file&apos;s values</source>
        <translation>SIP-profielen die er al zijn &amp;wijzigen naar de waarden in het bestand</translation>
    </message>
    <message>
        <source>Check what the import will do</source>
        <translation>Controleer wat het importeren zal doen</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Alleen de rijen met &amp;problemen tonen</translation>
    </message>
    <message>
        <source>What the import will do, row by row</source>
        <translation>Wat het importeren per rij zal doen</translation>
    </message>
</context>
<context>
    <name>nm::Importer</name>
    <message numerus="yes">
        <source>The row has %Ln field(s), but the header has %1. Check the quotes and separators on this row.</source>
        <translation>
            <numerusform>De rij heeft %Ln veld, maar de kopregel heeft er %1. Controleer de aanhalingstekens en scheidingstekens op deze rij.</numerusform>
            <numerusform>De rij heeft %Ln velden, maar de kopregel heeft er %1. Controleer de aanhalingstekens en scheidingstekens op deze rij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the country, as its two-letter code (NL) or its name (Nederland).</source>
        <translation>Vul het land in, als code van twee letters (NL) of als naam (Nederland).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country. Write its two-letter code (NL) or its name in English or Dutch (Netherlands, Nederland).</source>
        <translation>&quot;%1&quot; is geen land. Schrijf de code van twee letters (NL) of de naam in het Nederlands of Engels (Nederland, Netherlands).</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>De import is gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is also on row %2.</source>
        <translation>De accountnaam &quot;%1&quot; staat ook op rij %2.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of channels. Write a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; is geen aantal kanalen. Schrijf een geheel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is also on row %2.</source>
        <translation>Het SIP-profiel-id &quot;%1&quot; staat ook op rij %2.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Vul het telefoonnummer in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Write it in international form (+31 20 123 4567), or give its country in a Country column.</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer. Schrijf het in internationale vorm (+31 20 123 4567), of geef het land in een kolom Land.</translation>
    </message>
    <message>
        <source>The number %1 is a number of %2, not of %3.</source>
        <translation>Het nummer %1 is een nummer in %2, niet in %3.</translation>
    </message>
    <message>
        <source>The number %1 belongs to no single country. Give its country in a Country column.</source>
        <translation>Het nummer %1 hoort niet bij één land. Geef het land in een kolom Land.</translation>
    </message>
    <message>
        <source>The area code of %1 is %2, not %3.</source>
        <translation>Het netnummer van %1 is %2, niet %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state a number can be imported in. Write Active, Pending, Cancelled or Expired (or Actief, In behandeling, Geannuleerd, Verlopen).</source>
        <translation>&quot;%1&quot; is geen status waarin een nummer kan worden geïmporteerd. Schrijf Actief, In behandeling, Geannuleerd of Verlopen (of Active, Pending, Cancelled, Expired).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing period. Write 1, 3 or 12 (months).</source>
        <translation>&quot;%1&quot; is geen factureringsperiode. Schrijf 1, 3 of 12 (maanden).</translation>
    </message>
    <message>
        <source>The price %1 is more than the most a number may cost per period, %2.</source>
        <translation>De prijs %1 is meer dan een nummer per periode mag kosten, %2.</translation>
    </message>
    <message>
        <source>The catalogue has no price for numbers in %1: give the price in a Price column.</source>
        <translation>De catalogus heeft geen prijs voor nummers in %1: geef de prijs in een kolom Prijs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2026-12-31 or 31-12-2026, with a time (2026-12-31 14:00) if you like.</source>
        <translation>&quot;%1&quot; is geen datum. Schrijf hem als 31-12-2026 of 2026-12-31, desgewenst met een tijd (31-12-2026 14:00).</translation>
    </message>
    <message>
        <source>Enter the date the expired number was paid until.</source>
        <translation>Vul de datum in tot wanneer het verlopen nummer betaald was.</translation>
    </message>
    <message>
        <source>The number was paid until %1, which has passed. Give the end of the period that is paid now, or import it as Expired.</source>
        <translation>Het nummer was betaald tot %1, en die datum is voorbij. Geef het einde van de periode die nu betaald is, of importeer het als Verlopen.</translation>
    </message>
    <message>
        <source>An expired number cannot be paid until %1, which is still to come.</source>
        <translation>Een verlopen nummer kan niet betaald zijn tot %1, want die datum moet nog komen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (ja or nee).</source>
        <translation>&quot;%1&quot; is geen ja of nee (yes of no).</translation>
    </message>
    <message>
        <source>A %1 number does not renew: write no.</source>
        <translation>Een nummer met status %1 wordt niet verlengd: schrijf nee.</translation>
    </message>
    <message>
        <source>The terms version is too long or not one line: at most %1 characters.</source>
        <translation>De versie van de voorwaarden is te lang of niet één regel: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Member or SIP profile (Lid or SIP-profiel).</source>
        <translation>&quot;%1&quot; is geen Lid of SIP-profiel (Member of SIP profile).</translation>
    </message>
    <message>
        <source>Enter who holds the number: a member&apos;s account name or a SIP profile id.</source>
        <translation>Vul in wie het nummer heeft: de accountnaam van een lid of een SIP-profiel-id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a member and a SIP profile. Say which in a Type column (Member or SIP profile).</source>
        <translation>&quot;%1&quot; is zowel een lid als een SIP-profiel. Geef in een kolom Soort aan welke (Lid of SIP-profiel).</translation>
    </message>
    <message>
        <source>There is no SIP profile &quot;%1&quot;. Import the SIP profiles first.</source>
        <translation>Er is geen SIP-profiel &quot;%1&quot;. Importeer eerst de SIP-profielen.</translation>
    </message>
    <message>
        <source>There is no member &quot;%1&quot;. Import the members first.</source>
        <translation>Er is geen lid &quot;%1&quot;. Importeer eerst de leden.</translation>
    </message>
    <message>
        <source>There is no member or SIP profile &quot;%1&quot;. Import the members and SIP profiles first.</source>
        <translation>Er is geen lid of SIP-profiel &quot;%1&quot;. Importeer eerst de leden en SIP-profielen.</translation>
    </message>
    <message>
        <source>The number %1 is also on row %2.</source>
        <translation>Het nummer %1 staat ook op rij %2.</translation>
    </message>
    <message>
        <source>The number %1 was released by this organisation; a released number does not come back.</source>
        <translation>Het nummer %1 is door deze organisatie vrijgegeven; een vrijgegeven nummer komt niet terug.</translation>
    </message>
    <message>
        <source>The number %1 is already here, held by someone else. Reassign it instead.</source>
        <translation>Het nummer %1 is er al, bij iemand anders. Wijs het in plaats daarvan opnieuw toe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 would hold %Ln number(s); a member may hold at most %2. Raise the limit in Settings first, or import fewer.</source>
        <translation>
            <numerusform>%1 zou %Ln nummer hebben; een lid mag er hoogstens %2 hebben. Verhoog eerst de limiet bij Instellingen, of importeer er minder.</numerusform>
            <numerusform>%1 zou %Ln nummers hebben; een lid mag er hoogstens %2 hebben. Verhoog eerst de limiet bij Instellingen, of importeer er minder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This kind of file cannot be imported.</source>
        <translation>Dit soort bestand kan niet worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>Het bestand heeft geen kolom %1.</translation>
    </message>
    <message>
        <source>The file has no column for: %1. Its columns are: %2. Name the columns in the header row (English or Dutch names, in any order). Nothing was imported.</source>
        <translation>Het bestand heeft geen kolom voor: %1. De kolommen zijn: %2. Benoem de kolommen in de kopregel (Nederlandse of Engelse namen, in willekeurige volgorde). Er is niets geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln lid</numerusform>
            <numerusform>%Ln leden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP profile(s)</source>
        <translation>
            <numerusform>%Ln SIP-profiel</numerusform>
            <numerusform>%Ln SIP-profielen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln nummer</numerusform>
            <numerusform>%Ln nummers</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. The import would add %1</source>
        <translation>Proefimport, er is niets gewijzigd. De import zou %1 toevoegen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Imported: added %1</source>
        <translation>Geïmporteerd: %1 toegevoegd</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as in the file</source>
        <translation>
            <numerusform>%Ln al zoals in het bestand</numerusform>
            <numerusform>%Ln al zoals in het bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already there (left as they are)</source>
        <translation>
            <numerusform>%Ln was er al (ongewijzigd gelaten)</numerusform>
            <numerusform>%Ln waren er al (ongewijzigd gelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more problem(s).</source>
        <translation>
            <numerusform>... en nog %Ln probleem.</numerusform>
            <numerusform>... en nog %Ln problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rij %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: there are problems in %Ln row(s) of %1. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: er zijn problemen in %Ln rij van %1. Verbeter ze in het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd: er zijn problemen in %Ln rijen van %1. Verbeter ze in het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows below its header: nothing to import.</source>
        <translation>Het bestand heeft geen rijen onder de kopregel: er is niets te importeren.</translation>
    </message>
    <message>
        <source>Nothing new to import: %1 in the file are already here.</source>
        <translation>Niets nieuws te importeren: %1 in het bestand zijn er al.</translation>
    </message>
</context>
<context>
    <name>nm::LazyQueryModel</name>
    <message>
        <source>reading rows...</source>
        <translation>rijen worden gelezen...</translation>
    </message>
    <message>
        <source>counting rows...</source>
        <translation>rijen worden geteld...</translation>
    </message>
</context>
<context>
    <name>nm::LedgerTableModel</name>
    <message>
        <source>+%1</source>
        <comment>money added</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo daarna</translation>
    </message>
</context>
<context>
    <name>nm::MainWindow</name>
    <message>
        <source>&amp;Features</source>
        <translation>&amp;Functies</translation>
    </message>
    <message>
        <source>Features: numbers and SIP profiles (%1)</source>
        <translation>Functies: nummers en SIP-profielen (%1)</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Leden</translation>
    </message>
    <message>
        <source>The members of your organisation (%1)</source>
        <translation>De leden van uw organisatie (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>Instellingen (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation>SIP-profielen</translation>
    </message>
    <message>
        <source>Features menu</source>
        <translation>Menu Functies</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Tegoed: %1</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Who changed what, and when (%1)</source>
        <translation>Wie heeft wat gewijzigd, en wanneer (%1)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Credit: unknown (%1)</source>
        <translation>Tegoed: onbekend (%1)</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Database: %1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>Connection lost: trying again</source>
        <translation>Verbinding verbroken: opnieuw proberen</translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>Weer verbonden.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Number Manager databases (*.sqlite);;All files (*)</source>
        <translation>Number Manager-databases (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Number Manager databases (*.sqlite)</source>
        <translation>Number Manager-databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 - Number Manager</source>
        <comment>database - program</comment>
        <translation>%1 - Number Manager</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Database &amp;openen...</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Nieuwe database...</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>&amp;Verbinden met server...</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recente databases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message numerus="yes">
        <source>Bringing renewals and expiry up to date: %Ln number(s) done...</source>
        <translation>
            <numerusform>Verlengingen en verloop worden bijgewerkt: %Ln nummer klaar...</numerusform>
            <numerusform>Verlengingen en verloop worden bijgewerkt: %Ln nummers klaar...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2 - Number Manager</source>
        <comment>organisation - database - program</comment>
        <translation>%1 - %2 - Number Manager</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About Number Manager</source>
        <translation>&amp;Over Number Manager</translation>
    </message>
    <message numerus="yes">
        <source>Renewals of the next %Ln day(s) cost %1: top up</source>
        <translation>
            <numerusform>Verlengingen van de komende %Ln dag kosten %1: waardeer op</numerusform>
            <numerusform>Verlengingen van de komende %Ln dagen kosten %1: waardeer op</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The numbers that renew in the next %Ln day(s) cost %1, more than the credit of %2. A renewal the credit cannot pay for fails and its number expires.</source>
        <translation>
            <numerusform>De nummers die de komende %Ln dag worden verlengd kosten %1, meer dan het tegoed van %2. Een verlenging die het tegoed niet kan betalen mislukt, en het nummer vervalt.</numerusform>
            <numerusform>De nummers die de komende %Ln dagen worden verlengd kosten %1, meer dan het tegoed van %2. Een verlenging die het tegoed niet kan betalen mislukt, en het nummer vervalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Tegoed</translation>
    </message>
    <message>
        <source>The credit, top-ups and charges (%1)</source>
        <translation>Het tegoed, opwaarderingen en afschrijvingen (%1)</translation>
    </message>
</context>
<context>
    <name>nm::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Accountnaam:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Weergavenaam:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <source>e.g. jan.devries</source>
        <translation>bijv. jan.devries</translation>
    </message>
    <message>
        <source>The account name cannot be changed.</source>
        <translation>De accountnaam kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 6 to 32 characters, starting with a letter.</source>
        <translation>Letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos;; 6 tot en met 32 tekens, te beginnen met een letter.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>e.g. Jan de Vries</source>
        <translation>bijv. Jan de Vries</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. jan@example.nl</source>
        <translation>bijv. jan@example.nl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cities with area codes in the catalogue: %1</source>
        <translation>Plaatsen met netnummers in de catalogus: %1</translation>
    </message>
    <message>
        <source>Choose a country: pick it from the list, or type its name or two-letter code.</source>
        <translation>Kies een land: kies het uit de lijst, of typ de naam of de tweeletterige code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country in the list: pick one, or type its name or two-letter code, such as NL.</source>
        <translation>&quot;%1&quot; is geen land uit de lijst: kies er een, of typ de naam of de tweeletterige code, zoals NL.</translation>
    </message>
</context>
<context>
    <name>nm::MemberService</name>
    <message>
        <source>There is no member with the account name &quot;%1&quot;.</source>
        <translation>Er is geen lid met de accountnaam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter a display name for the member.</source>
        <translation>Voer een weergavenaam voor het lid in.</translation>
    </message>
    <message>
        <source>The display name is too long (%1 characters): a display name has at most %2 characters.</source>
        <translation>De weergavenaam is te lang (%1 tekens): een weergavenaam heeft maximaal %2 tekens.</translation>
    </message>
    <message>
        <source>The display name must be one line, without tabs or other control characters.</source>
        <translation>De weergavenaam moet uit één regel bestaan, zonder tabs of andere besturingstekens.</translation>
    </message>
    <message>
        <source>The city is too long (%1 characters): a city has at most %2 characters.</source>
        <translation>De plaats is te lang (%1 tekens): een plaats heeft maximaal %2 tekens.</translation>
    </message>
    <message>
        <source>The city must be one line, without tabs or other control characters.</source>
        <translation>De plaats moet uit één regel bestaan, zonder tabs of andere besturingstekens.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is already in use by the member &quot;%2&quot;. Choose another account name.</source>
        <translation>De accountnaam &quot;%1&quot; is al in gebruik door het lid &quot;%2&quot;. Kies een andere accountnaam.</translation>
    </message>
    <message>
        <source>There is no member with record number %1.</source>
        <translation>Er is geen lid met recordnummer %1.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>het lid %1</translation>
    </message>
</context>
<context>
    <name>nm::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Leden zoeken</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lid &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation>Het geselecteerde lid wijzigen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Het geselecteerde lid verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln lid</numerusform>
            <numerusform>%Ln leden</numerusform>
        </translation>
    </message>
    <message>
        <source>The members could not be read from the database: %1</source>
        <translation>De leden kunnen niet uit de database worden gelezen: %1</translation>
    </message>
    <message>
        <source>Remove the member %1 (%2)?</source>
        <translation>Het lid %1 (%2) verwijderen?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>The member %1 was removed.</source>
        <translation>Het lid %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>The member %1 was removed and %Ln number(s) cancelled.</source>
        <translation>
            <numerusform>Het lid %1 is verwijderd en %Ln nummer is geannuleerd.</numerusform>
            <numerusform>Het lid %1 is verwijderd en %Ln nummers zijn geannuleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::MembersTableModel</name>
    <message>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
</context>
<context>
    <name>nm::Money</name>
    <message>
        <source>The amount &quot;%1&quot; is not valid. Enter euros with a decimal point and at most two decimals, such as 100.00.</source>
        <translation>Het bedrag &quot;%1&quot; is niet geldig. Voer een bedrag in euro in met een decimale punt en maximaal twee decimalen, zoals 100.00.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) at %1 each cost more than a credit can hold (at most %2). Nothing was bought or charged.</source>
        <translation>
            <numerusform>%Ln nummer van %1 kost meer dan een tegoed kan bevatten (hoogstens %2). Er is niets gekocht of in rekening gebracht.</numerusform>
            <numerusform>%Ln nummers van %1 per stuk kosten meer dan een tegoed kan bevatten (hoogstens %2). Er is niets gekocht of in rekening gebracht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative. Enter a positive amount of euros, such as 100.00.</source>
        <translation>Het bedrag &quot;%1&quot; is negatief. Voer een positief bedrag in euro in, zoals 100.00.</translation>
    </message>
</context>
<context>
    <name>nm::NumberDetailsPane</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Selecteer een rij om de details te zien.</translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation>SIP-profiel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Numbers held</source>
        <translation>&amp;Nummers in gebruik</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Nog geen nummers.</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Houder:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation>Gekocht:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Facturering:</translation>
    </message>
    <message numerus="yes">
        <source>%1 every %Ln month(s)</source>
        <translation>
            <numerusform>%1 per maand</numerusform>
            <numerusform>%1 per %Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on:</source>
        <translation>Verlopen op:</translation>
    </message>
    <message>
        <source>Paid until:</source>
        <translation>Betaald tot:</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Automatisch verlengen:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Voorwaarden:</translation>
    </message>
    <message>
        <source>%1, version %2, accepted %3 by %4</source>
        <translation>%1, versie %2, geaccepteerd op %3 door %4</translation>
    </message>
    <message>
        <source>&amp;History of this number</source>
        <translation>&amp;Geschiedenis van dit nummer</translation>
    </message>
    <message>
        <source>%1 - %2 by %3</source>
        <translation>%1 - %2 door %3</translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation>Automatisch verlengen aan</translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation>Automatisch verlengen uit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details list</source>
        <translation>Detaillijst</translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation>Opnieuw toewijzen...</translation>
    </message>
    <message>
        <source>Reassign this number</source>
        <translation>Dit nummer opnieuw toewijzen</translation>
    </message>
    <message>
        <source>Cancel number</source>
        <translation>Nummer annuleren</translation>
    </message>
    <message>
        <source>Cancel this number</source>
        <translation>Dit nummer annuleren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
    <message>
        <source>Reactivate this number</source>
        <translation>Dit nummer opnieuw activeren</translation>
    </message>
</context>
<context>
    <name>nm::NumberPlan</name>
    <message>
        <source>&quot;%1&quot; is not a country with phone numbers.</source>
        <translation>&quot;%1&quot; is geen land met telefoonnummers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has digits only.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: een netnummer bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: there are no fixed-line numbers with this area code.</source>
        <translation>Land &quot;%1&quot;, netnummer &quot;%2&quot;: er zijn geen vaste nummers met dit netnummer.</translation>
    </message>
</context>
<context>
    <name>nm::NumberProcessor</name>
    <message>
        <source>The renewals of this batch cost more than any credit can hold; nothing was renewed.</source>
        <translation>De verlengingen van deze reeks kosten meer dan een tegoed ooit kan bevatten; er is niets verlengd.</translation>
    </message>
</context>
<context>
    <name>nm::NumberService</name>
    <message>
        <source>The catalogue has no numbers in &quot;%1&quot;.</source>
        <translation>De catalogus heeft geen nummers in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The catalogue has no numbers in &quot;%1&quot;. Choose one of its countries.</source>
        <translation>De catalogus heeft geen nummers in &quot;%1&quot;. Kies een van de landen uit de catalogus.</translation>
    </message>
    <message>
        <source>%1 has no area code &quot;%2&quot; in the catalogue.</source>
        <translation>%1 heeft geen netnummer &quot;%2&quot; in de catalogus.</translation>
    </message>
    <message>
        <source>The billing period must be 1, 3 or 12 months.</source>
        <translation>De factureringsperiode moet 1, 3 of 12 maanden zijn.</translation>
    </message>
    <message>
        <source>You must agree to the terms for numbers in this country before you can buy them.</source>
        <translation>U moet akkoord gaan met de voorwaarden voor nummers in dit land voordat u ze kunt kopen.</translation>
    </message>
    <message>
        <source>The terms for this country have changed since you read them. Read the new terms and agree to them again.</source>
        <translation>De voorwaarden voor dit land zijn gewijzigd sinds u ze hebt gelezen. Lees de nieuwe voorwaarden en ga er opnieuw mee akkoord.</translation>
    </message>
    <message>
        <source>Choose at least one member or SIP profile to assign numbers to.</source>
        <translation>Kies ten minste één lid of SIP-profiel waaraan u nummers wilt toewijzen.</translation>
    </message>
    <message>
        <source>Nothing was bought or charged:</source>
        <translation>Er is niets gekocht of in rekening gebracht:</translation>
    </message>
    <message>
        <source>Area code %1 (%2) has no free numbers left. Choose another area code. Nothing was bought or charged.</source>
        <translation>Netnummer %1 (%2) heeft geen vrije nummers meer. Kies een ander netnummer. Er is niets gekocht of in rekening gebracht.</translation>
    </message>
    <message>
        <source>The purchase was cancelled. Nothing was bought or charged.</source>
        <translation>De aankoop is geannuleerd. Er is niets gekocht of in rekening gebracht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter it in international form, such as +31 20 123 4567.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer. Voer het nummer in internationale notatie in, zoals +31 20 123 4567.</translation>
    </message>
    <message>
        <source>The number %1 does not belong to this organisation.</source>
        <translation>Het nummer %1 hoort niet bij deze organisatie.</translation>
    </message>
    <message>
        <source>The number %1 is already assigned to %2.</source>
        <translation>Het nummer %1 is al toegewezen aan %2.</translation>
    </message>
    <message>
        <source>The number %1 cannot be reassigned: %2</source>
        <translation>Het nummer %1 kan niet opnieuw worden toegewezen: %2</translation>
    </message>
    <message>
        <source>Choose at least one number to cancel.</source>
        <translation>Kies ten minste één nummer om te annuleren.</translation>
    </message>
    <message>
        <source>The number %1 is already cancelled; it expires on %2. Nothing was changed.</source>
        <translation>Het nummer %1 is al geannuleerd; het vervalt op %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cancelling was stopped. Nothing was changed.</source>
        <translation>Het annuleren is gestopt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The chosen members and SIP profiles hold no numbers that can be cancelled.</source>
        <translation>De gekozen leden en SIP-profielen hebben geen nummers die kunnen worden geannuleerd.</translation>
    </message>
    <message>
        <source>%1 holds no numbers that can be cancelled. Nothing was changed.</source>
        <translation>%1 heeft geen nummers die kunnen worden geannuleerd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The number %1 has expired and can no longer be reassigned. Reactivate it first.</source>
        <translation>Het nummer %1 is verlopen en kan niet meer opnieuw worden toegewezen. Activeer het eerst opnieuw.</translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer be reassigned.</source>
        <translation>Het nummer %1 is vrijgegeven en kan niet meer opnieuw worden toegewezen.</translation>
    </message>
    <message>
        <source>The number %1 has already expired; there is nothing to cancel. Nothing was changed.</source>
        <translation>Het nummer %1 is al verlopen; er valt niets te annuleren. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The number %1 has been released; there is nothing to cancel. Nothing was changed.</source>
        <translation>Het nummer %1 is vrijgegeven; er valt niets te annuleren. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer be reactivated.</source>
        <translation>Het nummer %1 is vrijgegeven en kan niet meer opnieuw worden geactiveerd.</translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation>SIP-profiel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more.</source>
        <translation>
            <numerusform>... en nog %Ln.</numerusform>
            <numerusform>... en nog %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is not enough credit for %Ln number(s): they cost %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</source>
        <translation>
            <numerusform>Er is niet genoeg tegoed voor %Ln nummer: het kost %1 en het tegoed is %2. Waardeer het tegoed op en probeer het opnieuw. Er is niets gekocht of in rekening gebracht.</numerusform>
            <numerusform>Er is niet genoeg tegoed voor %Ln nummers: ze kosten %1 en het tegoed is %2. Waardeer het tegoed op en probeer het opnieuw. Er is niets gekocht of in rekening gebracht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (an address in %2)</source>
        <translation>%1 (een adres in %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln number(s) whose terms require an address they would no longer have: %2. Reassign or cancel those numbers first, then change the address. Nothing was changed.</source>
        <translation>
            <numerusform>%1 heeft %Ln nummer waarvan de voorwaarden een adres vereisen dat er dan niet meer zou zijn: %2. Wijs dat nummer eerst opnieuw toe of annuleer het, en wijzig daarna het adres. Er is niets gewijzigd.</numerusform>
            <numerusform>%1 heeft %Ln nummers waarvan de voorwaarden een adres vereisen dat er dan niet meer zou zijn: %2. Wijs die nummers eerst opnieuw toe of annuleer ze, en wijzig daarna het adres. Er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 is in use; only cancelled numbers and expired numbers on hold can be reactivated. To let it renew again, turn auto-renew on.</source>
        <translation>Het nummer %1 is in gebruik; alleen geannuleerde nummers en verlopen nummers die nog worden vastgehouden, kunnen opnieuw worden geactiveerd. Zet automatisch verlengen aan om het weer te laten verlengen.</translation>
    </message>
    <message>
        <source>The number %1 has no member or SIP profile any more; reactivate it for someone, or buy a new number instead.</source>
        <translation>Het nummer %1 heeft geen lid of SIP-profiel meer; activeer het opnieuw voor iemand, of koop in plaats daarvan een nieuw nummer.</translation>
    </message>
    <message>
        <source>The number %1 is held by %2, who has been removed. Reactivate it for their successor: choose who gets the number.</source>
        <translation>Het nummer %1 is van %2, die is verwijderd. Activeer het opnieuw voor de opvolger: kies wie het nummer krijgt.</translation>
    </message>
    <message>
        <source>The number %1 cannot be reactivated: %2</source>
        <translation>Het nummer %1 kan niet opnieuw worden geactiveerd: %2</translation>
    </message>
    <message>
        <source>The number %1 is cancelled; reactivate it to let it renew again.</source>
        <translation>Het nummer %1 is geannuleerd; activeer het opnieuw om het weer te laten verlengen.</translation>
    </message>
    <message>
        <source>The number %1 has expired; reactivate it to buy a new period.</source>
        <translation>Het nummer %1 is verlopen; activeer het opnieuw om een nieuwe periode te kopen.</translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer renew.</source>
        <translation>Het nummer %1 is vrijgegeven en kan niet meer worden verlengd.</translation>
    </message>
    <message>
        <source>The number %1 is held by %2, who has been removed. Reassign it first.</source>
        <translation>Het nummer %1 is van %2, die is verwijderd. Wijs het eerst opnieuw toe.</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>het nummer %1</translation>
    </message>
    <message>
        <source>It now belongs to nobody.</source>
        <translation>Het is nu van niemand.</translation>
    </message>
    <message>
        <source>It now belongs to %1 and is %2.</source>
        <translation>Het is nu van %1 en is %2.</translation>
    </message>
</context>
<context>
    <name>nm::NumberState</name>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgegeven</translation>
    </message>
</context>
<context>
    <name>nm::NumberTotals</name>
    <message>
        <source>The monthly cost of the numbers is too large to add up.</source>
        <translation>De maandelijkse kosten van de nummers zijn te groot om op te tellen.</translation>
    </message>
</context>
<context>
    <name>nm::NumbersPage</name>
    <message>
        <source>It can take a few minutes before the numbers appear.</source>
        <translation>Het kan enkele minuten duren voordat de nummers worden weergegeven.</translation>
    </message>
    <message>
        <source>The number %1 is now assigned to %2.</source>
        <translation>Het nummer %1 is nu toegewezen aan %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) cancelled. Each expires on the date shown; no extra charges will be made.</source>
        <translation>
            <numerusform>%Ln nummer geannuleerd. Het vervalt op de weergegeven datum; er worden geen extra kosten in rekening gebracht.</numerusform>
            <numerusform>%Ln nummers geannuleerd. Elk nummer vervalt op de weergegeven datum; er worden geen extra kosten in rekening gebracht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search by name or number</source>
        <translation>Zoeken op naam of nummer</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Show numbers in state</source>
        <translation>Nummers met deze status weergeven</translation>
    </message>
    <message>
        <source>Tick every row that matches the search</source>
        <translation>Elke rij aanvinken die overeenkomt met de zoekopdracht</translation>
    </message>
    <message>
        <source>Members and SIP profiles with their numbers</source>
        <translation>Leden en SIP-profielen met hun nummers</translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation>Nummers toewijzen</translation>
    </message>
    <message>
        <source>Reassign a number</source>
        <translation>Een nummer opnieuw toewijzen</translation>
    </message>
    <message>
        <source>Cancel numbers</source>
        <translation>Nummers annuleren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Search by name, account name, SIP profile id or number (%1)</source>
        <translation>Zoeken op naam, accountnaam, SIP-profiel-id of nummer (%1)</translation>
    </message>
    <message>
        <source>Buy a new number for each ticked member or SIP profile (%1)</source>
        <translation>Een nieuw nummer kopen voor elk aangevinkt lid of SIP-profiel (%1)</translation>
    </message>
    <message>
        <source>Cancel the numbers in the ticked rows (%1)</source>
        <translation>De nummers in de aangevinkte rijen annuleren (%1)</translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation>Automatisch verlengen aan</translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation>Automatisch verlengen uit</translation>
    </message>
    <message>
        <source>The number %1 is reactivated for %2 and renews automatically; paid until %3.</source>
        <translation>Het nummer %1 is opnieuw geactiveerd voor %2 en wordt automatisch verlengd; betaald tot %3.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %1 for %2? This buys a new period of %Ln month(s) now, for %3 from the credit.</source>
        <translation>
            <numerusform>%1 opnieuw activeren voor %2? Daarmee koopt u nu een nieuwe periode van %Ln maand, voor %3 van het tegoed.</numerusform>
            <numerusform>%1 opnieuw activeren voor %2? Daarmee koopt u nu een nieuwe periode van %Ln maanden, voor %3 van het tegoed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 renews automatically again; paid until %2.</source>
        <translation>Het nummer %1 wordt weer automatisch verlengd; betaald tot %2.</translation>
    </message>
    <message>
        <source>The number %1 no longer renews: it stays in use until %2 and then expires. No extra charges will be made.</source>
        <translation>Het nummer %1 wordt niet meer verlengd: het blijft in gebruik tot %2 en vervalt dan. Er worden geen extra kosten in rekening gebracht.</translation>
    </message>
    <message>
        <source>Undo the cancellation of the number in the selected row, or buy a new period for an expired number</source>
        <translation>De annulering van het nummer in de geselecteerde rij ongedaan maken, of een nieuwe periode kopen voor een verlopen nummer</translation>
    </message>
    <message>
        <source>Turn automatic renewal of the number in the selected row on or off</source>
        <translation>Automatisch verlengen van het nummer in de geselecteerde rij aan- of uitzetten</translation>
    </message>
    <message>
        <source>Tick one or more members or SIP profiles first.</source>
        <translation>Vink eerst een of meer leden of SIP-profielen aan.</translation>
    </message>
    <message>
        <source>Assign the number in the selected row to another member or SIP profile (%1 or Enter)</source>
        <translation>Het nummer in de geselecteerde rij aan een ander lid of SIP-profiel toewijzen (%1 of Enter)</translation>
    </message>
    <message>
        <source>Select a row with a number first.</source>
        <translation>Selecteer eerst een rij met een nummer.</translation>
    </message>
    <message>
        <source>Tick rows with a pending or active number first.</source>
        <translation>Vink eerst rijen aan met een nummer dat in behandeling of actief is.</translation>
    </message>
    <message>
        <source>Select a cancelled or expired number first.</source>
        <translation>Selecteer eerst een geannuleerd of verlopen nummer.</translation>
    </message>
    <message>
        <source>Select a pending or active number first.</source>
        <translation>Selecteer eerst een nummer dat in behandeling of actief is.</translation>
    </message>
    <message>
        <source>There are no members or SIP profiles yet. Add members on the Members page (or import them with File &gt; Import), then tick them here to assign numbers.</source>
        <translation>Er zijn nog geen leden of SIP-profielen. Voeg leden toe op de pagina Leden (of importeer ze met Bestand &gt; Importeren) en vink ze hier aan om nummers toe te wijzen.</translation>
    </message>
    <message>
        <source>The credit is %1: top up under Settings before you assign numbers.</source>
        <translation>Het tegoed is %1: waardeer het op onder Instellingen voordat u nummers toewijst.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <source>Tick all numbers of this member or SIP profile</source>
        <translation>Alle nummers van dit lid of SIP-profiel aanvinken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln aangevinkt</numerusform>
            <numerusform>%Ln aangevinkt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 - %3 - active numbers cost %4 a month</source>
        <comment>rows, ticked - numbers - cost</comment>
        <translation>%1, %2 - %3 - actieve nummers kosten %4 per maand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln nummer</numerusform>
            <numerusform>%Ln nummers</numerusform>
        </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>All area codes</source>
        <translation>Alle netnummers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation>SIP-profielen</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Soort tonen</translation>
    </message>
    <message>
        <source>Show numbers of country</source>
        <translation>Nummers tonen van land</translation>
    </message>
    <message>
        <source>Show numbers of area code</source>
        <translation>Nummers tonen met netnummer</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Geen nummer</translation>
    </message>
    <message>
        <source>Only members and SIP profiles without a number</source>
        <translation>Alleen leden en SIP-profielen zonder nummer</translation>
    </message>
    <message>
        <source>Only numbers that will not renew</source>
        <translation>Alleen nummers die niet worden verlengd</translation>
    </message>
    <message>
        <source>Expires within</source>
        <translation>Vervalt binnen</translation>
    </message>
    <message>
        <source>Only numbers that stop within this many days</source>
        <translation>Alleen nummers die binnen zoveel dagen stoppen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Expires within this many days</source>
        <translation>Vervalt binnen zoveel dagen</translation>
    </message>
    <message>
        <source>ticking every row...</source>
        <translation>alle rijen worden aangevinkt...</translation>
    </message>
</context>
<context>
    <name>nm::NumbersTableModel</name>
    <message>
        <source>Tick %1, %2</source>
        <translation>%1, %2 aanvinken</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>%1 aanvinken</translation>
    </message>
    <message>
        <source>Account name: %1</source>
        <translation>Accountnaam: %1</translation>
    </message>
    <message>
        <source>SIP profile id: %1</source>
        <translation>SIP-profiel-id: %1</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Geen nummer</translation>
    </message>
    <message>
        <source>Paid until this date; renews automatically unless cancelled.</source>
        <translation>Betaald tot deze datum; wordt automatisch verlengd, tenzij het nummer wordt geannuleerd.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Tick the members and SIP profiles to assign or cancel numbers for</source>
        <translation>Vink de leden en SIP-profielen aan waarvoor u nummers wilt toewijzen of annuleren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Automatisch verlengen</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>Removed member %1: the number stays until it expires; reassign or reactivate it for a successor.</source>
        <translation>Verwijderd lid %1: het nummer blijft tot het vervalt; wijs het opnieuw toe of activeer het opnieuw voor een opvolger.</translation>
    </message>
    <message>
        <source>Removed SIP profile %1: the number stays until it expires; reassign or reactivate it for a successor.</source>
        <translation>Verwijderd SIP-profiel %1: het nummer blijft tot het vervalt; wijs het opnieuw toe of activeer het opnieuw voor een opvolger.</translation>
    </message>
    <message>
        <source>Member (removed)</source>
        <translation>Lid (verwijderd)</translation>
    </message>
    <message>
        <source>SIP profile (removed)</source>
        <translation>SIP-profiel (verwijderd)</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Verlopen op %1</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Wordt verlengd op %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Vervalt op %1</translation>
    </message>
    <message>
        <source>Paid until this date; then it expires, as automatic renewal is off.</source>
        <translation>Betaald tot deze datum; daarna vervalt het, want automatisch verlengen staat uit.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Renews or expires</source>
        <translation>Verlenging of vervaldatum</translation>
    </message>
</context>
<context>
    <name>nm::OrganisationService</name>
    <message>
        <source>My organisation</source>
        <translation>Mijn organisatie</translation>
    </message>
    <message>
        <source>This database already has an organisation.</source>
        <translation>Deze database heeft al een organisatie.</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>Opwaardering van tegoed</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>The organisation needs a name of at most %1 characters.</source>
        <translation>De organisatie heeft een naam van hoogstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be one line, without tabs or other control characters.</source>
        <translation>De naam van de organisatie moet uit één regel bestaan, zonder tabs of andere besturingstekens.</translation>
    </message>
    <message>
        <source>billed every month</source>
        <translation>elke maand gefactureerd</translation>
    </message>
    <message>
        <source>billed every %1 months</source>
        <translation>elke %1 maanden gefactureerd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in %1, area code %2 (%3), %4</source>
        <translation>
            <numerusform>%Ln nummer in %1, netnummer %2 (%3), %4</numerusform>
            <numerusform>%Ln nummers in %1, netnummer %2 (%3), %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivation of %1 for %Ln month(s)</source>
        <translation>
            <numerusform>Heractivering van %1 voor %Ln maand</numerusform>
            <numerusform>Heractivering van %1 voor %Ln maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal of %1 for %Ln month(s)</source>
        <translation>
            <numerusform>Verlenging van %1 voor %Ln maand</numerusform>
            <numerusform>Verlenging van %1 voor %Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>A top-up must be more than %1 and at most %2.</source>
        <translation>Een opwaardering moet meer dan %1 en hoogstens %2 zijn.</translation>
    </message>
</context>
<context>
    <name>nm::OrganisationSettings</name>
    <message>
        <source>The number limit per member must be between 1 and 1000.</source>
        <translation>Het maximale aantal nummers per lid moet tussen 1 en 1000 liggen.</translation>
    </message>
    <message>
        <source>The provisioning delay must be between 0 seconds and 24 hours.</source>
        <translation>De activeringsvertraging moet tussen 0 seconden en 24 uur liggen.</translation>
    </message>
</context>
<context>
    <name>nm::Progress</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>nm::ReassignDialog</name>
    <message>
        <source>Reassign a number</source>
        <translation>Een nummer opnieuw toewijzen</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <source>Now assigned to SIP profile %1 (%2)</source>
        <translation>Nu toegewezen aan SIP-profiel %1 (%2)</translation>
    </message>
    <message>
        <source>Now assigned to %1 (%2)</source>
        <translation>Nu toegewezen aan %1 (%2)</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Toewijzen aan:</translation>
    </message>
    <message>
        <source>Name of a member or SIP profile</source>
        <translation>Naam van een lid of SIP-profiel</translation>
    </message>
    <message>
        <source>Member or SIP profile to assign the number to</source>
        <translation>Lid of SIP-profiel waaraan u het nummer wilt toewijzen</translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation>Wanneer u een nummer opnieuw toewijst, moet u controleren of de toewijzing in overeenstemming is met de voorwaarden waarmee u tijdens het kopen van het specifieke nummer hebt ingestemd.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Reactivate for a successor</source>
        <translation>Opnieuw activeren voor een opvolger</translation>
    </message>
    <message>
        <source>Held by SIP profile %1 (%2), which has been removed</source>
        <translation>Van SIP-profiel %1 (%2), dat is verwijderd</translation>
    </message>
    <message>
        <source>Held by %1 (%2), who has been removed</source>
        <translation>Van %1 (%2), die is verwijderd</translation>
    </message>
    <message>
        <source>Reactivate for:</source>
        <translation>Opnieuw activeren voor:</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Opnieuw activeren</translation>
    </message>
</context>
<context>
    <name>nm::ReconcileDialog</name>
    <message>
        <source>-differences</source>
        <translation>-verschillen</translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation>De verschillen exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>%1 The differences are in %2.</source>
        <translation>%1 De verschillen staan in %2.</translation>
    </message>
    <message>
        <source>Reconcile with %1</source>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>Uit het bestand afgeleid</translation>
    </message>
    <message>
        <source>A plain list of numbers</source>
        <translation>Een eenvoudige lijst met nummers</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <source>The differences</source>
        <translation>De verschillen</translation>
    </message>
</context>
<context>
    <name>nm::Reconciler</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, removed</source>
        <translation>%1, verwijderd</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>FreePBX</source>
        <translation>FreePBX</translation>
    </message>
    <message>
        <source>plain list</source>
        <translation>eenvoudige lijst</translation>
    </message>
    <message>
        <source>In the file, not here</source>
        <translation>In het bestand, niet hier</translation>
    </message>
    <message>
        <source>Here, not in the file</source>
        <translation>Hier, niet in het bestand</translation>
    </message>
    <message>
        <source>Held by someone else</source>
        <translation>In handen van iemand anders</translation>
    </message>
    <message>
        <source>In another state</source>
        <translation>In een andere status</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Geen telefoonnummer</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>%1 lists %2 numbers (%3), Number Manager holds %4; %5 agree.</source>
        <translation>%1 noemt %2 nummers (%3), Number Manager heeft er %4; %5 komen overeen.</translation>
    </message>
    <message>
        <source>%1 Nothing differs.</source>
        <translation>%1 Er is geen verschil.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln difference(s).</source>
        <translation>
            <numerusform>%1 %Ln verschil.</numerusform>
            <numerusform>%1 %Ln verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Reconcile reads exports of Microsoft Teams (TelephoneNumber), Twilio (phone_number) and FreePBX (DID), or a list with a column named Number (Nummer) and, if you like, one named Holder (Houder).</source>
        <translation>Het bestand heeft geen kolom met telefoonnummers. Vergelijken leest exports van Microsoft Teams (TelephoneNumber), Twilio (phone_number) en FreePBX (DID), of een lijst met een kolom Nummer (Number) en eventueel een kolom Houder (Holder).</translation>
    </message>
    <message>
        <source>The file has no column named Number (Nummer).</source>
        <translation>Het bestand heeft geen kolom Nummer (Number).</translation>
    </message>
    <message>
        <source>The file is not a %1 export: it has no column %2.</source>
        <translation>Het bestand is geen export van %1: het heeft geen kolom %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>not routed</source>
        <translation>niet doorgeschakeld</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>nm::RecordListPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>%1 (Enter or double-click)</source>
        <translation>%1 (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>nm::RemovalConfirmation</name>
    <message numerus="yes">
        <source>Their %Ln number(s) will be cancelled:</source>
        <translation>
            <numerusform>Er wordt %Ln bijbehorend nummer geannuleerd:</numerusform>
            <numerusform>Er worden %Ln bijbehorende nummers geannuleerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 - expires on %2</source>
        <translation>  %1 - vervalt op %2</translation>
    </message>
    <message>
        <source>Each number stays usable until the date shown and then expires. No extra charges will be made.</source>
        <translation>Elk nummer blijft bruikbaar tot de weergegeven datum en vervalt dan. Er worden geen extra kosten in rekening gebracht.</translation>
    </message>
</context>
<context>
    <name>nm::Session</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Het wachtwoord van %1:</translation>
    </message>
    <message>
        <source>Number Manager</source>
        <translation>Number Manager</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>nm::SettingsPage</name>
    <message>
        <source>Credit: %1</source>
        <translation>Tegoed: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>%1 was added; the credit is now %2.</source>
        <translation>%1 is toegevoegd; het tegoed is nu %2.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisatienaam</translation>
    </message>
    <message>
        <source>Numbers per &amp;member:</source>
        <translation>Nummers &amp;per lid:</translation>
    </message>
    <message>
        <source>Numbers per member</source>
        <translation>Nummers per lid</translation>
    </message>
    <message>
        <source>The most numbers one member may hold, from 1 to 1000.</source>
        <translation>Het maximale aantal nummers dat één lid mag hebben, van 1 tot en met 1000.</translation>
    </message>
    <message>
        <source>&amp;Provisioning delay:</source>
        <translation>Activerings&amp;vertraging:</translation>
    </message>
    <message>
        <source>Provisioning delay in seconds</source>
        <translation>Activeringsvertraging in seconden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long it takes before a bought number becomes active, in seconds.</source>
        <translation>Hoe lang het duurt voordat een gekocht nummer actief wordt, in seconden.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Save the organisation settings (%1)</source>
        <translation>De instellingen van de organisatie opslaan (%1)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Tegoed:</translation>
    </message>
    <message>
        <source>&amp;Top up:</source>
        <translation>&amp;Opwaarderen:</translation>
    </message>
    <message>
        <source>Amount in euros, e.g. 100.00</source>
        <translation>Bedrag in euro, bijv. 100,00</translation>
    </message>
    <message>
        <source>Top-up amount in euros</source>
        <translation>Opwaarderingsbedrag in euro</translation>
    </message>
    <message>
        <source>A&amp;dd credit</source>
        <translation>T&amp;egoed toevoegen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation>&amp;Geavanceerde instellingen tonen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>For trying the program out: the provider&apos;s delay is simulated. Applied with the organisation settings.</source>
        <translation>Om het programma uit te proberen: de vertraging van de provider wordt nagebootst. Wordt met de organisatie-instellingen toegepast.</translation>
    </message>
</context>
<context>
    <name>nm::SipProfileDialog</name>
    <message>
        <source>Edit SIP profile</source>
        <translation>SIP-profiel bewerken</translation>
    </message>
    <message>
        <source>Add SIP profile</source>
        <translation>SIP-profiel toevoegen</translation>
    </message>
    <message>
        <source>&amp;Profile id:</source>
        <translation>&amp;Profiel-id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanalen:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiel-id</translation>
    </message>
    <message>
        <source>e.g. office-pbx</source>
        <translation>bijv. office-pbx</translation>
    </message>
    <message>
        <source>The profile id cannot be changed.</source>
        <translation>Het profiel-id kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 3 to 64 characters.</source>
        <translation>Letters, cijfers, &apos;.&apos;, &apos;-&apos; en &apos;_&apos;; 3 tot en met 64 tekens.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>e.g. Main office PBX</source>
        <translation>bijv. Telefooncentrale hoofdkantoor</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>The number of simultaneous calls, from %1 to %2.</source>
        <translation>Het aantal gelijktijdige gesprekken, van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>nm::SipProfileService</name>
    <message>
        <source>There is no SIP profile with the id &quot;%1&quot;.</source>
        <translation>Er is geen SIP-profiel met het id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter a name for the SIP profile.</source>
        <translation>Voer een naam voor het SIP-profiel in.</translation>
    </message>
    <message>
        <source>The name of the SIP profile is too long (%1 characters): it may have at most %2 characters.</source>
        <translation>De naam van het SIP-profiel is te lang (%1 tekens): de naam mag maximaal %2 tekens hebben.</translation>
    </message>
    <message>
        <source>The name of the SIP profile must be one line, without tabs or other control characters.</source>
        <translation>De naam van het SIP-profiel moet uit één regel bestaan, zonder tabs of andere besturingstekens.</translation>
    </message>
    <message>
        <source>The number of channels must be from %1 to %2; %3 is not possible.</source>
        <translation>Het aantal kanalen moet van %1 tot en met %2 zijn; %3 is niet mogelijk.</translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is already in use by the SIP profile &quot;%2&quot;. Choose another profile id.</source>
        <translation>Het SIP-profiel-id &quot;%1&quot; is al in gebruik door het SIP-profiel &quot;%2&quot;. Kies een ander profiel-id.</translation>
    </message>
    <message>
        <source>There is no SIP profile with record number %1.</source>
        <translation>Er is geen SIP-profiel met recordnummer %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>the SIP profile %1</source>
        <translation>het SIP-profiel %1</translation>
    </message>
</context>
<context>
    <name>nm::SipProfilesPage</name>
    <message>
        <source>SIP profiles</source>
        <translation>SIP-profielen</translation>
    </message>
    <message>
        <source>Search SIP profiles</source>
        <translation>SIP-profielen zoeken</translation>
    </message>
    <message>
        <source>&amp;Add SIP profile</source>
        <translation>SIP-profiel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a SIP profile</source>
        <translation>Een SIP-profiel toevoegen</translation>
    </message>
    <message>
        <source>Change the selected SIP profile</source>
        <translation>Het geselecteerde SIP-profiel wijzigen</translation>
    </message>
    <message>
        <source>Remove the selected SIP profile</source>
        <translation>Het geselecteerde SIP-profiel verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP profile(s)</source>
        <translation>
            <numerusform>%Ln SIP-profiel</numerusform>
            <numerusform>%Ln SIP-profielen</numerusform>
        </translation>
    </message>
    <message>
        <source>The SIP profiles could not be read from the database: %1</source>
        <translation>De SIP-profielen kunnen niet uit de database worden gelezen: %1</translation>
    </message>
    <message>
        <source>Remove the SIP profile %1 (%2)?</source>
        <translation>Het SIP-profiel %1 (%2) verwijderen?</translation>
    </message>
    <message>
        <source>Remove SIP profile</source>
        <translation>SIP-profiel verwijderen</translation>
    </message>
    <message>
        <source>The SIP profile %1 was removed.</source>
        <translation>Het SIP-profiel %1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>The SIP profile %1 was removed and %Ln number(s) cancelled.</source>
        <translation>
            <numerusform>Het SIP-profiel %1 is verwijderd en %Ln nummer is geannuleerd.</numerusform>
            <numerusform>Het SIP-profiel %1 is verwijderd en %Ln nummers zijn geannuleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::SipProfilesTableModel</name>
    <message>
        <source>Profile id</source>
        <translation>Profiel-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummers</translation>
    </message>
</context>
<context>
    <name>nm::Validation</name>
    <message>
        <source>Enter an account name.</source>
        <translation>Voer een accountnaam in.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is too short: an account name has %2 to %3 characters.</source>
        <translation>De accountnaam &quot;%1&quot; is te kort: een accountnaam heeft %2 tot en met %3 tekens.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is too long: an account name has %2 to %3 characters.</source>
        <translation>De accountnaam &quot;%1&quot; is te lang: een accountnaam heeft %2 tot en met %3 tekens.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may contain only letters (A-Z), digits, dots (.), hyphens (-) and underscores (_).</source>
        <translation>De accountnaam &quot;%1&quot; mag alleen letters (A-Z), cijfers, punten (.), koppeltekens (-) en onderstrepingstekens (_) bevatten.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; must start with a letter.</source>
        <translation>De accountnaam &quot;%1&quot; moet met een letter beginnen.</translation>
    </message>
    <message>
        <source>Enter a SIP profile id.</source>
        <translation>Voer een SIP-profiel-id in.</translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is too short: a SIP profile id has %2 to %3 characters.</source>
        <translation>Het SIP-profiel-id &quot;%1&quot; is te kort: een SIP-profiel-id heeft %2 tot en met %3 tekens.</translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is too long: a SIP profile id has %2 to %3 characters.</source>
        <translation>Het SIP-profiel-id &quot;%1&quot; is te lang: een SIP-profiel-id heeft %2 tot en met %3 tekens.</translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; may contain only letters (A-Z), digits, dots (.), hyphens (-) and underscores (_).</source>
        <translation>Het SIP-profiel-id &quot;%1&quot; mag alleen letters (A-Z), cijfers, punten (.), koppeltekens (-) en onderstrepingstekens (_) bevatten.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Voer een e-mailadres in, zoals naam@example.com.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid. Enter an address such as name@example.com.</source>
        <translation>Het e-mailadres &quot;%1&quot; is niet geldig. Voer een adres in zoals naam@example.com.</translation>
    </message>
    <message>
        <source>Enter a country as its two-letter ISO code, such as NL, BE or GB.</source>
        <translation>Voer een land in als tweeletterige ISO-code, zoals NL, BE of GB.</translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not known. Enter the two-letter ISO code of a country, such as NL, BE or GB.</source>
        <translation>De landcode &quot;%1&quot; is onbekend. Voer de tweeletterige ISO-code van een land in, zoals NL, BE of GB.</translation>
    </message>
    <message>
        <source>%1: the text contains characters that could not be read (it is not valid UTF-8 or UTF-16). Type it again, or check the encoding of the file it came from.</source>
        <translation>%1: de tekst bevat tekens die niet konden worden gelezen (het is geen geldige UTF-8 of UTF-16). Typ de tekst opnieuw, of controleer de codering van het bestand waaruit hij komt.</translation>
    </message>
    <message>
        <source>%1: the text has no visible character. Enter letters or digits.</source>
        <translation>%1: de tekst heeft geen zichtbaar teken. Voer letters of cijfers in.</translation>
    </message>
</context>
<context>
    <name>nm::WelcomePage</name>
    <message>
        <source>Welcome to Number Manager</source>
        <translation>Welkom bij Number Manager</translation>
    </message>
    <message>
        <source>Number Manager keeps your organisation&apos;s members, SIP profiles and phone numbers in one place. To begin, enter the name of your organisation.</source>
        <translation>Number Manager bewaart de leden, SIP-profielen en telefoonnummers van uw organisatie op één plek. Voer om te beginnen de naam van uw organisatie in.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Organisatienaam:</translation>
    </message>
    <message>
        <source>e.g. Jansen Installatietechniek B.V.</source>
        <translation>bijv. Jansen Installatietechniek B.V.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisatienaam</translation>
    </message>
    <message>
        <source>&amp;Create organisation</source>
        <translation>Organisatie &amp;maken</translation>
    </message>
    <message>
        <source>Just looking around? Load a demo organisation with members, SIP profiles, credit and numbers. You can explore everything; nothing is bought for real.</source>
        <translation>Wilt u alleen even rondkijken? Laad een demo-organisatie met leden, SIP-profielen, tegoed en nummers. U kunt alles uitproberen; er wordt niets echt gekocht.</translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation>&amp;Demo-organisatie laden</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>Organisatie maken</translation>
    </message>
    <message>
        <source>Create the organisation &quot;%1&quot; in %2? You can rename it later in Settings.</source>
        <translation>De organisatie &quot;%1&quot; maken in %2? U kunt de naam later wijzigen onder Instellingen.</translation>
    </message>
    <message>
        <source>Load demo organisation</source>
        <translation>Demo-organisatie laden</translation>
    </message>
    <message>
        <source>Load the demo organisation into %1? It adds made-up members, SIP profiles, credit and numbers; nothing is bought for real. Use a new database for your own organisation.</source>
        <translation>De demo-organisatie laden in %1? Er worden verzonnen leden, SIP-profielen, tegoed en nummers toegevoegd; er wordt niets echt gekocht. Gebruik voor uw eigen organisatie een nieuwe database.</translation>
    </message>
</context>
</TS>
