<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>main</name>
    <message>
        <source>Number Manager: members, SIP profiles and phone numbers of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file PATH, or the server database postgresql://USER@HOST/DATABASE, instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::AboutDialog</name>
    <message>
        <source>About Number Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your organisation&apos;s members, SIP profiles and phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (%2, schema version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, licence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence texts are installed with the program (on Linux in /usr/share/doc/numbermanager, on Windows in the program&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::AssignDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (%2 per number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit now: %1. Credit after buying: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit now: %1. That is %2 too little for this purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Buying %Ln number(s)...</source>
        <translation>
            <numerusform>Buying %Ln number...</numerusform>
            <numerusform>Buying %Ln numbers...</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;country of the new numbers. The cost is per number, for each billing period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries and their cost per number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy numbers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you want to be billed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms for these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new number(s): one for each ticked member or SIP profile.</source>
        <translation>
            <numerusform>%Ln new number: one for each ticked member or SIP profile.</numerusform>
            <numerusform>%Ln new numbers: one for each ticked member or SIP profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... and %Ln more</numerusform>
            <numerusform>... and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Who gets a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::AssigneeCompleter</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::AssigneeKind</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::AssigneeResolver</name>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of a member or SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one member or SIP profile: %2. Enter the account name or SIP profile id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member or SIP profile called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member or SIP profile called &quot;%1&quot;. Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists; it may have been removed by another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile no longer exists; it may have been removed by another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in %2 (%3), which the terms of this area code require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address in %2, which the terms of numbers there require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln number(s); a member may hold at most %2.</source>
        <translation>
            <numerusform>%1 already holds %Ln number; a member may hold at most %2.</numerusform>
            <numerusform>%1 already holds %Ln numbers; a member may hold at most %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::AuditLog</name>
    <message>
        <source>%1 changed %2 at %3, after you looked at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 after you looked at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Backup</name>
    <message>
        <source>A database on a PostgreSQL server is backed up and restored with the server&apos;s own tools: pg_dump -Fc DATABASE &gt; FILE, and pg_restore. Ask your database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Number Manager database or backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Number Manager. Install that version to restore it. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored. Choose another backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 fails SQLite&apos;s integrity check (%2) and cannot be restored. Choose another backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 did not pass its check; the database may be damaged. Run &quot;database check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the database as it is could not be kept first. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Banner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CancelDialog</name>
    <message>
        <source>Cancel numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln number(s)? Each one stays usable until the date shown and then expires; it does not renew.</source>
        <translation>
            <numerusform>Cancel %Ln number? It stays usable until the date shown and then expires; it does not renew.</numerusform>
            <numerusform>Cancel %Ln numbers? Each one stays usable until the date shown and then expires; it does not renew.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra charges will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the numbers listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %Ln number(s)...</source>
        <translation>
            <numerusform>Cancelling %Ln number...</numerusform>
            <numerusform>Cancelling %Ln numbers...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... and %Ln more</numerusform>
            <numerusform>... and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::Catalogue</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue does not state its format (&quot;format&quot;: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has format %1, but this version of Number Manager reads format %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no version (such as &quot;version&quot;: &quot;2026.11.1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices are in %1, but Number Manager works in EUR only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue lists no countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country entry %1 of the catalogue is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country entry %1 of the catalogue has no country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: this is not a known ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: the English name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: the Dutch name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code: the calling code is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code: this country has no international calling code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, calling code %2: the country&apos;s calling code is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, price for %2: a price is a whole, positive number of euro cents, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, residency &quot;%2&quot;: the residency requirement is unknown (use none, country or city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms: the terms have no version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: the English text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: the Dutch text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: the country has no area codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code %2: write the area code as text (&quot;%2&quot;), so that leading zeros are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code entry %2: the area code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: the area code is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: the city is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 has version %2, which is not newer than the catalogue in use (version %3). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue version &quot;%1&quot; is not a version number such as 2026.11.1 (a year, then at most three numbers of up to four digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue lists %L1 countries; a catalogue has at most %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, name: a name has at most %L2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, price %2: a price is at most %3 per billing period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms: a terms version has at most %L2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, terms %2: a terms text has at most %L3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;: a country has at most %L2 area codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has at most 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: a city has at most %L3 other names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: a city name has at most %L3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be a catalogue. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be a catalogue (a catalogue has at most %2 MiB). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue version %1 is dated %2, more than a year from now (%3). Check the file with its supplier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Cells</name>
    <message>
        <source>&quot;%1&quot; is not an amount of euros. Write it as 12,50 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Clock</name>
    <message>
        <source>NUMBERMANAGER_NOW is set to &quot;%1&quot;, which is not an ISO date-time such as 2026-11-26T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CommandContext</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: there was no database at %1; a new, empty one was created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CommandLineTool</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address in the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address in the area code&apos;s city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue (version %1) has no country &quot;%2&quot;. Run &quot;catalogue list&quot; for the countries on offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), catalogue version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling code: +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms (version %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;catalogue list&quot; takes at most one COUNTRY, but more were given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported catalogue version %1. Countries on offer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the countries on offer, or one country&apos;s area codes, prices and terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country&apos;s two-letter code (e.g. NL): show its area codes and terms too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[COUNTRY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a newer catalogue file for everyone using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one %2, but more were given: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--database PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the members, SIP profiles and phone numbers of a Number Manager database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --database PATH   the database file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --database needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option %1. Run &quot;%2 --help&quot; for the list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no command given. Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown subcommand &quot;%1 %2&quot;. Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database file and its schema version (creating it if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before upgrading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with the demo organisation &quot;Demo B.V.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo organisation &quot;%1&quot;: %2 members, %3 SIP profiles and %4 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s account name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 6 to 32 characters, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s name as shown, e.g. &quot;Jan de Vries&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the member&apos;s address, as its two-letter ISO code (e.g. NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city of the member&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added member &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --display-name, --email, --country and --city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved member &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed member &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a member&apos;s display name, e-mail address, country or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members, sorted by account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members whose account name, display name, e-mail address or city contains TEXT (in any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include removed members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1 (%2); it expires on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra charges will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --period must be 1, 3 or 12 (months), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are pending. It can take a few minutes before the numbers appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a new number for each named member or SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members or SIP profiles, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code, such as NL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code, such as 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period in months: 1, 3 or 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the country&apos;s terms (see &quot;catalogue list CC&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign a number to another member or SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number, such as +31201234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member or SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give one NUMBER and --to NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel numbers; they expire at the end of the paid period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all numbers of this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give either numbers or --member NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a cancellation, or buy the renewal of an expired number on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give one NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the organisation&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers in this state: pending, active, cancelled, expired, released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers or names containing TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --state must be pending, active, cancelled, expired or released, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring provisioning, renewals, expiry and release up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated: %1, renewed: %2, renewals failed: %3, expired: %4, released: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the organisation&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euros, such as 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give one AMOUNT, such as 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the credit and, with --ledger, every charge and top-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list every charge and top-up, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of changes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries mentioning TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --limit needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a setting: member-limit N, or provisioning-delay SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-limit or provisioning-delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: use &quot;settings set member-limit N&quot; or &quot;settings set provisioning-delay SECONDS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation has been created in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisation (creating it when needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give the NAME (in quotes when it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is now called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 3 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile&apos;s name, e.g. &quot;Main office PBX&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of simultaneous calls, from 1 to 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the phone system, as its two-letter ISO code (e.g. NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channels needs a whole number from 1 to 300, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added SIP profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one of --name, --channels and --country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved SIP profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed SIP profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a SIP profile&apos;s name, channels or country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the SIP profiles, sorted by profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIP profiles whose id or name contains TEXT (in any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include removed SIP profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --lang nl|en      the language of messages (default: from LANG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --lang must be nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renews automatically again; paid until %2. It is still being provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again and renews automatically; paid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSIGNED TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMINISTRATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME[,NAME...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[NUMBER...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1 for 1 month, %2 for 3 months, %3 for 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file for damage, and list its backup copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies beside it, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged %1; the credit is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate it for this member or SIP profile instead of its holder (such as the successor of a removed member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is now assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn automatic renewal of a number on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: renew at the end of each period; off: expire at the end of the paid period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give one NUMBER and on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renews automatically; the next renewal is charged before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer renews; it expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; the credit is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>provisioning-delay: %Ln second(s)</source>
        <translation>
            <numerusform>provisioning-delay: %Ln second</numerusform>
            <numerusform>provisioning-delay: %Ln seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if the %1 is still at version V (as --json shows it); otherwise nothing is changed and the error says who changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--if-version needs a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server user: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List who may use this server database, and their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a server user in, as administrator or viewer (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator (changes everything) or viewer (only looks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new user&apos;s password from the first line of standard input (not needed where the server knows users otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be administrator or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now use this database as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away a user&apos;s role in this server database (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer use this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator between fields: , ; or tab (found from the header when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, windows-1252 or utf-16 (found from the file when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator must be , ; or tab, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8, windows-1252 or utf-16, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 changes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is already there; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report what the import would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ones that are already there to the file&apos;s values (otherwise they are left as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at most one FILE, but more were given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XLSX export needs a FILE to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be pending, active, cancelled or expired, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln row to %1.</numerusform>
            <numerusform>Wrote %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx); without it, CSV goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx (from the file name when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV separator: , ; or tab (default: ; in Dutch, , in English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows that a search for TEXT finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers in this state: pending, active, cancelled or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from a CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SIP profiles from a CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers the organisation already holds from a CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the members as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SIP profiles as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers, with holder, state, period, price and terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the credit ledger (every top-up and charge) as CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2: %3 members, %4 numbers, credit %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent backup of the database to FILE, also while it is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents with a backup (a copy of the database as it is is kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be teams, twilio, freepbx or generic, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country must be a country code such as NL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file (row %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the provider&apos;s list of numbers (Teams, Twilio, FreePBX or a plain list) with the numbers here; exit code 3 when they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s export, as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams, twilio, freepbx or generic (found from the header when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of numbers written without one, such as 020 123 4567 (default NL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the differences to FILE (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a name (the file is not a text file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs --to or --to-file (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file with one member or SIP profile per line, for more than a command line holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --version         show the version and stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed when the server knows you otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an &amp;encrypted connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CountryComboBox</name>
    <message>
        <source>%1 - %2</source>
        <comment>country code - country name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the country, or type its name or two-letter code, such as NL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CreditAccount</name>
    <message>
        <source>A charge must be more than %1 and at most %2; %3 cannot be charged. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough credit: this costs %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit is %1 and may be at most %2: a top-up of %3 would exceed it. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::CreditPage</name>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entries</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the credit? The credit will then be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; the credit is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in euros, e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Csv</name>
    <message>
        <source>The file is not valid UTF-8 text. Give its encoding, such as --encoding windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MiB): an import reads at most %2 MiB. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text file (it holds binary data on line %1). Choose a CSV file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 cannot be read: its quotes are not closed or a quote stands inside an unquoted field (%2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row naming its columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MiB): at most %3 MiB is read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large: at most %2 MiB is read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::DataActions</name>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip-profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (pg_dump); ask your database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIP profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers the organisation already holds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store from a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;concile with the provider&apos;s list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln row to %1.</numerusform>
            <numerusform>Wrote %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager backups (*.nmbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager backups (*.nmbackup *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The backup holds %3 members and %4 numbers, with %5 of credit; its last change was made %6.

The database as it is now is kept in a copy beside it and in the automatic backups, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the backup before the restore could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with the provider&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Database</name>
    <message>
        <source>The file %1 is not a Number Manager database. It was not opened and has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Number Manager (schema %2; this version knows schema %3). Please install the newer version. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Number Manager. It was not opened and has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only and must be upgraded before it can be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before upgrading it (%2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program or administrator. Nothing was changed; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was changed. Check that you may write to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Number Manager database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Number Manager will not write to it: what it would write could be lost or spread the damage. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SQLite reports: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recover, close Number Manager and put back a copy of the file from your own backups; there is no backup copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To recover, close Number Manager and put the newest backup copy, %1, in its place (keep the damaged file aside for your IT support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write to the database %1, so it is open read-only: you can look, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in a folder you may not write to, so it is open read-only: you can look, but not change anything. To work with it, copy it to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created. Check that you may write to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in a folder you may not write to, and it holds changes that SQLite cannot read from there (its -wal file). Copy the database with its -wal file to a folder of your own, or ask who may write to the folder to open it once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be backed up before upgrading it (the copy %2 cannot be created). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Make room on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed. Make room on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was changed. Check the disk or network drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was changed. Restore the newest backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a viewer of the database %1 (user %2): you can look at everything, but only its administrators can change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager cannot connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database address. Write postgresql://USER@HOST[:PORT]/DATABASE, for example postgresql://anna@db.example.nl/numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address takes only ?sslmode=..., not ?%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Number Manager. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Number Manager (schema %2; this version knows schema %3). Please install the newer version. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 must be upgraded before it can be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 must be set up or upgraded by its owner (who created it) before %2 can use it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server refused the change: you may look at this database but not change it (you are not one of its administrators). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed. Ask its administrator to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost. Nothing was changed; Number Manager connects again, then try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server reports damaged data (%1). Nothing was changed. Ask its administrator to check the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::DatabaseUsers</name>
    <message>
        <source>Users and roles belong to a database on a PostgreSQL server. A database file has no users: whoever may write to the file is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may have 1 to 63 letters (A-Z), digits, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created this database and stays its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::DemoOrganisation</name>
    <message>
        <source>The demo organisation can only be loaded into an empty database; this one already has an organisation, members, SIP profiles or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation could not be loaded; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Exporter</name>
    <message>
        <source>The spreadsheet %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made for the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reconciliation is exported from its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 rows do not fit in a spreadsheet. Export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Features on the toolbar (Alt+1), then Numbers in the Features menu on the left, to show the Numbers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide explains how to assign numbers to your members, how to reassign a number, and how to cancel numbers assigned to your members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can assign numbers to members and SIP profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box beside each member or SIP profile you want to give a number (Space ticks the selected row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Assign numbers (Ctrl+N) to show the Buy numbers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the country of the numbers and click Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area code to use, and how you want to be billed: every month, every 3 months or every 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the terms of the numbers, tick I agree to the terms, and click Buy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are then assigned. It can take a few minutes before the numbers appear and your members can start using them. The cost is taken from the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the row with the number you want to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Reassign a number (Ctrl+R, or Enter on the row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the member or SIP profile to assign the number to, pick it from the list, and click Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box beside each number you want to cancel. To cancel all numbers of a member, select one of their rows and press Ctrl+Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Cancel numbers (Delete) and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers expire on the dates shown beside them. No extra charges will be made. Until then you can undo a cancellation with Reactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important: the terms of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are offered &quot;as is&quot;. Whether they stay available depends on the residency rules and local regulations that apply, and the terms of numbers can change accordingly. Such changes can add or change residency requirements, or ask you for more details about users to keep access to certain numbers, and can affect whether you can use, buy and assign numbers in the future. The terms of numbers are shown clearly while you buy them, and you must agree to them before you can buy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::HistoryPage</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::HistoryText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>object kind, then its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User let in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profiles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning delay (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <comment>a number renewed: paid until before and after, the price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <comment>a batch of numbers</comment>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s), %2, separated by %3. Choose the file&apos;s column for each field; the guess is filled in.</source>
        <translation>
            <numerusform>%1: %Ln row, %2, separated by %3. Choose the file&apos;s column for each field; the guess is filled in.</numerusform>
            <numerusform>%1: %Ln rows, %2, separated by %3. Choose the file&apos;s column for each field; the guess is filled in.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is chosen for two fields. Choose one column per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)...</source>
        <translation>
            <numerusform>Checking %Ln row...</numerusform>
            <numerusform>Checking %Ln rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)...</source>
        <translation>
            <numerusform>Importing %Ln row...</numerusform>
            <numerusform>Importing %Ln rows...</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked. Choose Back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rows are marked in red below; once the file is fixed, choose Back and Next to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose Import to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns, in English or Dutch, in any order, as Excel saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Excel&apos;s plain CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change members that are already here to the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change SIP profiles that are already here to the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do, row by row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Importer</name>
    <message numerus="yes">
        <source>The row has %Ln field(s), but the header has %1. Check the quotes and separators on this row.</source>
        <translation>
            <numerusform>The row has %Ln field, but the header has %1. Check the quotes and separators on this row.</numerusform>
            <numerusform>The row has %Ln fields, but the header has %1. Check the quotes and separators on this row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the country, as its two-letter code (NL) or its name (Nederland).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country. Write its two-letter code (NL) or its name in English or Dutch (Netherlands, Nederland).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of channels. Write a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Write it in international form (+31 20 123 4567), or give its country in a Country column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is a number of %2, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 belongs to no single country. Give its country in a Country column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code of %1 is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state a number can be imported in. Write Active, Pending, Cancelled or Expired (or Actief, In behandeling, Geannuleerd, Verlopen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing period. Write 1, 3 or 12 (months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price %1 is more than the most a number may cost per period, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no price for numbers in %1: give the price in a Price column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 2026-12-31 or 31-12-2026, with a time (2026-12-31 14:00) if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the expired number was paid until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was paid until %1, which has passed. Give the end of the period that is paid now, or import it as Expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expired number cannot be paid until %1, which is still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (ja or nee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 number does not renew: write no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms version is too long or not one line: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Member or SIP profile (Lid or SIP-profiel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who holds the number: a member&apos;s account name or a SIP profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a member and a SIP profile. Say which in a Type column (Member or SIP profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SIP profile &quot;%1&quot;. Import the SIP profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member &quot;%1&quot;. Import the members first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member or SIP profile &quot;%1&quot;. Import the members and SIP profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 was released by this organisation; a released number does not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is already here, held by someone else. Reassign it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would hold %Ln number(s); a member may hold at most %2. Raise the limit in Settings first, or import fewer.</source>
        <translation>
            <numerusform>%1 would hold %Ln number; a member may hold at most %2. Raise the limit in Settings first, or import fewer.</numerusform>
            <numerusform>%1 would hold %Ln numbers; a member may hold at most %2. Raise the limit in Settings first, or import fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for: %1. Its columns are: %2. Name the columns in the header row (English or Dutch names, in any order). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP profile(s)</source>
        <translation>
            <numerusform>%Ln SIP profile</numerusform>
            <numerusform>%Ln SIP profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. The import would add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already as in the file</source>
        <translation>
            <numerusform>%Ln already as in the file</numerusform>
            <numerusform>%Ln already as in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already there (left as they are)</source>
        <translation>
            <numerusform>%Ln already there (left as they are)</numerusform>
            <numerusform>%Ln already there (left as they are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more problem(s).</source>
        <translation>
            <numerusform>... and %Ln more problem.</numerusform>
            <numerusform>... and %Ln more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: there are problems in %Ln row(s) of %1. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: there are problems in %Ln row of %1. Correct them in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: there are problems in %Ln rows of %1. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows below its header: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to import: %1 in the file are already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::LazyQueryModel</name>
    <message>
        <source>reading rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting rows...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::LedgerTableModel</name>
    <message>
        <source>+%1</source>
        <comment>money added</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::MainWindow</name>
    <message>
        <source>&amp;Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: numbers and SIP profiles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of your organisation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, and when (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Number Manager</source>
        <comment>database - program</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bringing renewals and expiry up to date: %Ln number(s) done...</source>
        <translation>
            <numerusform>Bringing renewals and expiry up to date: %Ln number done...</numerusform>
            <numerusform>Bringing renewals and expiry up to date: %Ln numbers done...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2 - Number Manager</source>
        <comment>organisation - database - program</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Number Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renewals of the next %Ln day(s) cost %1: top up</source>
        <translation>
            <numerusform>Renewals of the next %Ln day cost %1: top up</numerusform>
            <numerusform>Renewals of the next %Ln days cost %1: top up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The numbers that renew in the next %Ln day(s) cost %1, more than the credit of %2. A renewal the credit cannot pay for fails and its number expires.</source>
        <translation>
            <numerusform>The numbers that renew in the next %Ln day cost %1, more than the credit of %2. A renewal the credit cannot pay for fails and its number expires.</numerusform>
            <numerusform>The numbers that renew in the next %Ln days cost %1, more than the credit of %2. A renewal the credit cannot pay for fails and its number expires.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit, top-ups and charges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jan.devries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 6 to 32 characters, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jan de Vries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jan@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities with area codes in the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country: pick it from the list, or type its name or two-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country in the list: pick one, or type its name or two-letter code, such as NL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::MemberService</name>
    <message>
        <source>There is no member with the account name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a display name for the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is too long (%1 characters): a display name has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name must be one line, without tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city is too long (%1 characters): a city has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city must be one line, without tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is already in use by the member &quot;%2&quot;. Choose another account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with record number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>The members could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The member %1 was removed and %Ln number(s) cancelled.</source>
        <translation>
            <numerusform>The member %1 was removed and %Ln number cancelled.</numerusform>
            <numerusform>The member %1 was removed and %Ln numbers cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::MembersTableModel</name>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Money</name>
    <message>
        <source>The amount &quot;%1&quot; is not valid. Enter euros with a decimal point and at most two decimals, such as 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) at %1 each cost more than a credit can hold (at most %2). Nothing was bought or charged.</source>
        <translation>
            <numerusform>%Ln number at %1 each cost more than a credit can hold (at most %2). Nothing was bought or charged.</numerusform>
            <numerusform>%Ln numbers at %1 each cost more than a credit can hold (at most %2). Nothing was bought or charged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative. Enter a positive amount of euros, such as 100.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberDetailsPane</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 every %Ln month(s)</source>
        <translation>
            <numerusform>%1 every month</numerusform>
            <numerusform>%1 every %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, accepted %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate this number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberPlan</name>
    <message>
        <source>&quot;%1&quot; is not a country with phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: an area code has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot;, area code &quot;%2&quot;: there are no fixed-line numbers with this area code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberProcessor</name>
    <message>
        <source>The renewals of this batch cost more than any credit can hold; nothing was renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberService</name>
    <message>
        <source>The catalogue has no numbers in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no numbers in &quot;%1&quot;. Choose one of its countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no area code &quot;%2&quot; in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing period must be 1, 3 or 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must agree to the terms for numbers in this country before you can buy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms for this country have changed since you read them. Read the new terms and agree to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one member or SIP profile to assign numbers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was bought or charged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code %1 (%2) has no free numbers left. Choose another area code. Nothing was bought or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase was cancelled. Nothing was bought or charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter it in international form, such as +31 20 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 does not belong to this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is already assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 cannot be reassigned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one number to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is already cancelled; it expires on %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling was stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen members and SIP profiles hold no numbers that can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no numbers that can be cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has expired and can no longer be reassigned. Reactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer be reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has already expired; there is nothing to cancel. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has been released; there is nothing to cancel. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more.</source>
        <translation>
            <numerusform>... and %Ln more.</numerusform>
            <numerusform>... and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is not enough credit for %Ln number(s): they cost %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</source>
        <translation>
            <numerusform>There is not enough credit for %Ln number: they cost %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</numerusform>
            <numerusform>There is not enough credit for %Ln numbers: they cost %1 and the credit is %2. Top up the credit and try again. Nothing was bought or charged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an address in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln number(s) whose terms require an address they would no longer have: %2. Reassign or cancel those numbers first, then change the address. Nothing was changed.</source>
        <translation>
            <numerusform>%1 holds %Ln number whose terms require an address they would no longer have: %2. Reassign or cancel those numbers first, then change the address. Nothing was changed.</numerusform>
            <numerusform>%1 holds %Ln numbers whose terms require an address they would no longer have: %2. Reassign or cancel those numbers first, then change the address. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 is in use; only cancelled numbers and expired numbers on hold can be reactivated. To let it renew again, turn auto-renew on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has no member or SIP profile any more; reactivate it for someone, or buy a new number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is held by %2, who has been removed. Reactivate it for their successor: choose who gets the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 cannot be reactivated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is cancelled; reactivate it to let it renew again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has expired; reactivate it to buy a new period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 has been released and can no longer renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is held by %2, who has been removed. Reassign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now belongs to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now belongs to %1 and is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumberTotals</name>
    <message>
        <source>The monthly cost of the numbers is too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumbersPage</name>
    <message>
        <source>It can take a few minutes before the numbers appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is now assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) cancelled. Each expires on the date shown; no extra charges will be made.</source>
        <translation>
            <numerusform>%Ln number cancelled. It expires on the date shown; no extra charges will be made.</numerusform>
            <numerusform>%Ln numbers cancelled. Each expires on the date shown; no extra charges will be made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every row that matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and SIP profiles with their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, account name, SIP profile id or number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a new number for each ticked member or SIP profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the numbers in the ticked rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is reactivated for %2 and renews automatically; paid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reactivate %1 for %2? This buys a new period of %Ln month(s) now, for %3 from the credit.</source>
        <translation>
            <numerusform>Reactivate %1 for %2? This buys a new period of %Ln month now, for %3 from the credit.</numerusform>
            <numerusform>Reactivate %1 for %2? This buys a new period of %Ln months now, for %3 from the credit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number %1 renews automatically again; paid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 no longer renews: it stays in use until %2 and then expires. No extra charges will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the cancellation of the number in the selected row, or buy a new period for an expired number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn automatic renewal of the number in the selected row on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or more members or SIP profiles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the number in the selected row to another member or SIP profile (%1 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row with a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick rows with a pending or active number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cancelled or expired number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pending or active number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no members or SIP profiles yet. Add members on the Members page (or import them with File &gt; Import), then tick them here to assign numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit is %1: top up under Settings before you assign numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all numbers of this member or SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln ticked</numerusform>
            <numerusform>%Ln ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 - %3 - active numbers cost %4 a month</source>
        <comment>rows, ticked - numbers - cost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All area codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers of country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers of area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members and SIP profiles without a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers that will not renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers that stop within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticking every row...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::NumbersTableModel</name>
    <message>
        <source>Tick %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid until this date; renews automatically unless cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the members and SIP profiles to assign or cancel numbers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed member %1: the number stays until it expires; reassign or reactivate it for a successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed SIP profile %1: the number stays until it expires; reassign or reactivate it for a successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP profile (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid until this date; then it expires, as automatic renewal is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews or expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::OrganisationService</name>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be one line, without tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed every %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in %1, area code %2 (%3), %4</source>
        <translation>
            <numerusform>%Ln number in %1, area code %2 (%3), %4</numerusform>
            <numerusform>%Ln numbers in %1, area code %2 (%3), %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reactivation of %1 for %Ln month(s)</source>
        <translation>
            <numerusform>Reactivation of %1 for %Ln month</numerusform>
            <numerusform>Reactivation of %1 for %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal of %1 for %Ln month(s)</source>
        <translation>
            <numerusform>Renewal of %1 for %Ln month</numerusform>
            <numerusform>Renewal of %1 for %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>A top-up must be more than %1 and at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::OrganisationSettings</name>
    <message>
        <source>The number limit per member must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning delay must be between 0 seconds and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Progress</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ReassignDialog</name>
    <message>
        <source>Reassign a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now assigned to SIP profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now assigned to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a member or SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or SIP profile to assign the number to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you reassign a number, check that the assignment complies with the terms you agreed to when you bought that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate for a successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by SIP profile %1 (%2), which has been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 (%2), who has been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::ReconcileDialog</name>
    <message>
        <source>-differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The differences are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Reconciler</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FreePBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here, not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 numbers (%3), Number Manager holds %4; %5 agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln difference(s).</source>
        <translation>
            <numerusform>%1 %Ln difference.</numerusform>
            <numerusform>%1 %Ln differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column of phone numbers. Reconcile reads exports of Microsoft Teams (TelephoneNumber), Twilio (phone_number) and FreePBX (DID), or a list with a column named Number (Nummer) and, if you like, one named Holder (Houder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column named Number (Nummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a %1 export: it has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::RecordListPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::RemovalConfirmation</name>
    <message numerus="yes">
        <source>Their %Ln number(s) will be cancelled:</source>
        <translation>
            <numerusform>Their %Ln number will be cancelled:</numerusform>
            <numerusform>Their %Ln numbers will be cancelled:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 - expires on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number stays usable until the date shown and then expires. No extra charges will be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Session</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::SettingsPage</name>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; the credit is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most numbers one member may hold, from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provisioning delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning delay in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it takes before a bought number becomes active, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the organisation settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in euros, e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ad&amp;vanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For trying the program out: the provider&apos;s delay is simulated. Applied with the organisation settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::SipProfileDialog</name>
    <message>
        <source>Edit SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. office-pbx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile id cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;; 3 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main office PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of simultaneous calls, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::SipProfileService</name>
    <message>
        <source>There is no SIP profile with the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the SIP profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the SIP profile is too long (%1 characters): it may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the SIP profile must be one line, without tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of channels must be from %1 to %2; %3 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is already in use by the SIP profile &quot;%2&quot;. Choose another profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SIP profile with record number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIP profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::SipProfilesPage</name>
    <message>
        <source>SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SIP profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIP profile(s)</source>
        <translation>
            <numerusform>%Ln SIP profile</numerusform>
            <numerusform>%Ln SIP profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>The SIP profiles could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SIP profile %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SIP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The SIP profile %1 was removed and %Ln number(s) cancelled.</source>
        <translation>
            <numerusform>The SIP profile %1 was removed and %Ln number cancelled.</numerusform>
            <numerusform>The SIP profile %1 was removed and %Ln numbers cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nm::SipProfilesTableModel</name>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::Validation</name>
    <message>
        <source>Enter an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is too short: an account name has %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is too long: an account name has %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may contain only letters (A-Z), digits, dots (.), hyphens (-) and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a SIP profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is too short: a SIP profile id has %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; is too long: a SIP profile id has %2 to %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP profile id &quot;%1&quot; may contain only letters (A-Z), digits, dots (.), hyphens (-) and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid. Enter an address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a country as its two-letter ISO code, such as NL, BE or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not known. Enter the two-letter ISO code of a country, such as NL, BE or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text contains characters that could not be read (it is not valid UTF-8 or UTF-16). Type it again, or check the encoding of the file it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text has no visible character. Enter letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nm::WelcomePage</name>
    <message>
        <source>Welcome to Number Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number Manager keeps your organisation&apos;s members, SIP profiles and phone numbers in one place. To begin, enter the name of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jansen Installatietechniek B.V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking around? Load a demo organisation with members, SIP profiles, credit and numbers. You can explore everything; nothing is bought for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation &quot;%1&quot; in %2? You can rename it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo organisation into %1? It adds made-up members, SIP profiles, credit and numbers; nothing is bought for real. Use a new database for your own organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
