namespace Monitoring.Extraction.Actors;

/// <summary>
/// Blocs, intergovernmental bodies, governments' bodies, banks and firms that act or are aimed at
/// in sanction stories. One line each: <c>name | other names | country it belongs to | role</c>,
/// where role <c>bloc</c> can impose measures and <c>body</c> speaks for its country's government. A
/// bloc's institutions name the bloc as theirs: what the Council of the EU adopts, the EU imposes.
/// </summary>
internal static class OrganizationTable
{
    public const string Lines = """
        European Union|EU,E.U.,Brussels,European Union's||bloc
        G7|Group of Seven,G-7||bloc
        G20|Group of 20,Group of Twenty,G-20||bloc
        NATO|North Atlantic Treaty Organization,Nato||bloc
        United Nations|UN,U.N.||bloc
        UN Security Council|United Nations Security Council,U.N. Security Council,Security Council,UNSC,UN security council,U.N. security council||bloc
        ASEAN|Association of Southeast Asian Nations||bloc
        African Union|AU||bloc
        Arab League|League of Arab States||bloc
        Gulf Cooperation Council|GCC||bloc
        Organization of American States|OAS||bloc
        European Commission|EU Commission|European Union|bloc
        European Council||European Union|bloc
        Council of the European Union|Council of the EU,EU Council|European Union|bloc
        European Parliament||European Union|bloc
        OSCE|Organization for Security and Co-operation in Europe||org
        Commonwealth of Independent States|CIS||org
        Collective Security Treaty Organization|CSTO||org
        Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization||org
        BRICS|||org
        World Trade Organization|WTO||org
        International Monetary Fund|IMF||org
        World Bank|||org
        International Atomic Energy Agency|IAEA||org
        Financial Action Task Force|FATF||org
        OPEC|Organization of the Petroleum Exporting Countries,OPEC+||org
        International Criminal Court|ICC||org
        International Court of Justice|ICJ||org
        Office of Foreign Assets Control|OFAC|United States|body
        United States Department of the Treasury|US Treasury,U.S. Treasury,Treasury Department,US Treasury Department,U.S. Treasury Department,Department of the Treasury,Department of Treasury|United States|body
        United States Department of State|US State Department,State Department,U.S. State Department,Department of State,U.S. Department of State,US Department of State|United States|body
        United States Department of Commerce|US Commerce Department,Commerce Department,U.S. Commerce Department,Department of Commerce,U.S. Department of Commerce,US Department of Commerce|United States|body
        Bureau of Industry and Security|BIS,Bureau of Industry & Security|United States|body
        Export-Import Bank of the United States|US Export-Import Bank,U.S. Export-Import Bank,Export-Import Bank of the U.S.|United States|body
        United States Department of Defense|Pentagon,Defense Department,Department of Defense,U.S. Department of Defense,US Department of Defense,Defence Department|United States|body
        White House||United States|body
        Kremlin||Russia|body
        United States Congress|U.S. Congress,US Congress,Congress|United States|body
        HM Treasury|Her Majesty's Treasury,His Majesty's Treasury|United Kingdom|body
        Office of Financial Sanctions Implementation|OFSI|United Kingdom|body
        Foreign Office|FCDO,Foreign and Commonwealth Office|United Kingdom|body
        Bank of Russia|Central Bank of Russia,Russian Central Bank,Russia's central bank|Russia|org
        Sberbank|Sber|Russia|org
        VTB|VTB Bank|Russia|org
        Gazprombank||Russia|org
        Gazprom||Russia|org
        Rosneft||Russia|org
        Lukoil||Russia|org
        Novatek||Russia|org
        Rosatom||Russia|org
        Aeroflot||Russia|org
        Alfa-Bank|Alfa Bank|Russia|org
        Rosoboronexport||Russia|org
        Sovcomflot||Russia|org
        Wagner Group|Wagner|Russia|org
        Islamic Revolutionary Guard Corps|IRGC,Revolutionary Guards,Revolutionary Guard|Iran|org
        Central Bank of Iran|Iran's central bank|Iran|org
        National Iranian Oil Company|NIOC|Iran|org
        Hezbollah||Lebanon|org
        Hamas||Palestine|org
        Houthis|Houthi|Yemen|org
        Korean Workers' Party|Workers' Party of Korea|North Korea|org
        Lazarus Group|Lazarus|North Korea|org
        Korea Mining Development Trading Corporation|KOMID|North Korea|org
        Islamic Republic of Iran Shipping Lines|IRISL|Iran|org
        Mahan Air||Iran|org
        Bank of Japan|BOJ|Japan|org
        Liberal Democratic Party|LDP|Japan|org
        Huawei||China|org
        FBI|Federal Bureau of Investigation|United States|org
        Transneft||Russia|org
        Evraz||Russia|org
        Norilsk Nickel|Nornickel|Russia|org
        En+ Group|En+|Russia|org
        Bank Rossiya|Rossiya Bank|Russia|org
        Rostec||Russia|org
        Alrosa||Russia|org
        Sovcombank||Russia|org
        Promsvyazbank|PSB|Russia|org
        SWIFT|Society for Worldwide Interbank Financial Telecommunication||org
        State Duma|Duma|Russia|body
        Federal Council|Swiss Federal Council|Switzerland|body
        State Secretariat for Economic Affairs|SECO,Seco|Switzerland|body
        UN Human Rights Council|United Nations Human Rights Council,U.N. Human Rights Council,Human Rights Council||org
        Chinese Communist Party|Communist Party of China,CCP,CPC|China|org
        Qods Force|Quds Force|Iran|org
        Lockheed Martin|Lockheed Martin Corporation,Lockheed Martin Corp.,Lockheed Martin Corp,Lockheed|United States|org
        Raytheon Technologies|Raytheon Technologies Corp.,Raytheon Technologies Corp,Raytheon Technologies Corporation,Raytheon,RTX|United States|org
        Raytheon Missiles and Defense|Raytheon Missiles & Defense|United States|org
        Boeing||United States|org
        Boeing Defense|Boeing Defence|United States|org
        General Dynamics|General Dynamics Corp.,General Dynamics Corporation|United States|org
        TSMC|Taiwan Semiconductor Manufacturing Company,Taiwan Semiconductor Manufacturing Co.,Taiwan Semiconductor|Taiwan|org
        Ryanair||Ireland|org
        Petróleos de Venezuela|PDVSA,Petroleos de Venezuela,Petróleos de Venezuela S.A.,Petroleos de Venezuela S.A.|Venezuela|org
        Citgo|CITGO,Citgo Petroleum,Citgo Petroleum Corporation|United States|org
        Chevron|Chevron Corporation,Chevron Corp.,Chevron Corp|United States|org
        TotalEnergies|Total Energies,TotalEnergies SE|France|org
        Mitsubishi|Mitsubishi Corporation,Mitsubishi Corp.,Mitsubishi Corp|Japan|org
        """;
}

/// <summary>Regions and places that are not states, so that "Latin America" is not read as America.</summary>
internal static class PlaceTable
{
    public const string Lines = """
        Europe,Asia,Africa,Latin America,South America,North America,Central America,Middle East,Indo-Pacific,
        Asia-Pacific,Southeast Asia,East Asia,Central Asia,South Asia,Eastern Europe,Western Europe,the West,Balkans,
        Baltic,Baltics,Caucasus,Arctic,Black Sea,Baltic Sea,Korean Peninsula,Gulf,Persian Gulf,Red Sea,Donbas,
        Donbass,Kursk,Luhansk,Donetsk,Zaporizhzhia,Kherson,Kharkiv,Kuril Islands,Northern Territories,Siberia,
        Washington State,New York,London Stock Exchange,Moscow Exchange
        """;
}
