namespace Monitoring.Extraction.Actors;

/// <summary>
/// Every country with its other names, demonyms and capital, from public facts. One line each:
/// <c>name | other names | demonyms | capital</c>; a capital stands for its government in news
/// ("Tokyo said"). Capitals that are mostly something else in English text are left out.
/// </summary>
internal static class CountryTable
{
    public const string Lines = """
        Afghanistan||Afghan|Kabul
        Albania||Albanian|Tirana
        Algeria||Algerian|Algiers
        Andorra||Andorran|
        Angola||Angolan|Luanda
        Antigua and Barbuda|||
        Argentina||Argentine,Argentinian|Buenos Aires
        Armenia||Armenian|Yerevan
        Australia||Australian|Canberra
        Austria||Austrian|Vienna
        Azerbaijan||Azerbaijani,Azeri|Baku
        Bahamas|The Bahamas|Bahamian|Nassau
        Bahrain||Bahraini|Manama
        Bangladesh||Bangladeshi|Dhaka
        Barbados||Barbadian|
        Belarus|Byelorussia|Belarusian,Belarussian|Minsk
        Belgium||Belgian|
        Belize||Belizean|
        Benin||Beninese|Porto-Novo
        Bhutan||Bhutanese|Thimphu
        Bolivia||Bolivian|La Paz
        Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
        Botswana||Botswanan|Gaborone
        Brazil||Brazilian|Brasilia,Brasília
        Brunei||Bruneian|
        Bulgaria||Bulgarian|Sofia
        Burkina Faso||Burkinabe|Ouagadougou
        Burundi||Burundian|Gitega
        Cabo Verde|Cape Verde|Cape Verdean|Praia
        Cambodia||Cambodian|Phnom Penh
        Cameroon||Cameroonian|Yaounde
        Canada||Canadian|Ottawa
        Central African Republic|CAR||Bangui
        Chad||Chadian|N'Djamena
        Chile||Chilean|Santiago
        China|People's Republic of China,PRC,Mainland China|Chinese|Beijing
        Colombia||Colombian|Bogota,Bogotá
        Comoros||Comorian|
        Republic of the Congo|Congo-Brazzaville||Brazzaville
        Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa
        Costa Rica||Costa Rican|San Jose
        Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|Ivorian|Yamoussoukro
        Crimea||Crimean|Simferopol
        Croatia||Croatian|Zagreb
        Cuba||Cuban|Havana
        Cyprus||Cypriot|Nicosia
        Czech Republic|Czechia|Czech|Prague
        Denmark||Danish|Copenhagen
        Djibouti||Djiboutian|
        Dominica|||
        Dominican Republic||Dominican|Santo Domingo
        Ecuador||Ecuadorian|Quito
        Egypt||Egyptian|Cairo
        El Salvador||Salvadoran|San Salvador
        Equatorial Guinea||Equatoguinean|Malabo
        Eritrea||Eritrean|Asmara
        Estonia||Estonian|Tallinn
        Eswatini|Swaziland|Swazi|Mbabane
        Ethiopia||Ethiopian|Addis Ababa
        Fiji||Fijian|Suva
        Finland||Finnish|Helsinki
        France|French Republic|French|Paris
        Gabon||Gabonese|Libreville
        Gambia|The Gambia|Gambian|Banjul
        Georgia||Georgian|Tbilisi
        Germany|Federal Republic of Germany|German|Berlin
        Ghana||Ghanaian|Accra
        Greece||Greek|Athens
        Grenada||Grenadian|
        Guatemala||Guatemalan|Guatemala City
        Guinea||Guinean|Conakry
        Guinea-Bissau|||Bissau
        Guyana||Guyanese|Georgetown
        Haiti||Haitian|Port-au-Prince
        Honduras||Honduran|Tegucigalpa
        Hong Kong|||
        Macao|Macau||
        Hungary||Hungarian|Budapest
        Iceland||Icelandic|Reykjavik
        India||Indian|New Delhi
        Indonesia||Indonesian|Jakarta
        Iran|Islamic Republic of Iran,Islamic Republic|Iranian|Tehran,Teheran
        Iraq||Iraqi|Baghdad
        Ireland|Republic of Ireland|Irish|Dublin
        Israel||Israeli|Jerusalem
        Italy||Italian|Rome
        Jamaica||Jamaican|Kingston
        Japan||Japanese|Tokyo
        Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman
        Kazakhstan||Kazakh,Kazakhstani|Astana
        Kenya||Kenyan|Nairobi
        Kiribati|||
        North Korea|DPRK,Democratic People's Republic of Korea,N. Korea|North Korean|Pyongyang
        South Korea|Republic of Korea,ROK,S. Korea|South Korean|Seoul
        Kosovo||Kosovar|Pristina
        Kuwait||Kuwaiti|Kuwait City
        Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
        Laos|Lao PDR|Laotian|Vientiane
        Latvia||Latvian|Riga
        Lebanon||Lebanese|Beirut
        Lesotho|||Maseru
        Liberia||Liberian|Monrovia
        Libya||Libyan|Tripoli
        Liechtenstein|||Vaduz
        Lithuania||Lithuanian|Vilnius
        Luxembourg||Luxembourgish|
        Madagascar||Malagasy|Antananarivo
        Malawi||Malawian|Lilongwe
        Malaysia||Malaysian|Kuala Lumpur
        Maldives||Maldivian|
        Mali||Malian|Bamako
        Malta||Maltese|Valletta
        Marshall Islands|||
        Mauritania||Mauritanian|Nouakchott
        Mauritius||Mauritian|Port Louis
        Mexico||Mexican|Mexico City
        Micronesia|||
        Moldova||Moldovan|Chisinau
        Monaco||Monegasque|
        Mongolia||Mongolian|Ulaanbaatar
        Montenegro||Montenegrin|Podgorica
        Morocco||Moroccan|Rabat
        Mozambique||Mozambican|Maputo
        Myanmar|Burma|Burmese|Naypyidaw,Naypyitaw
        Namibia||Namibian|Windhoek
        Nauru|||
        Nepal||Nepali,Nepalese|Kathmandu
        Netherlands|The Netherlands,Holland|Dutch|Amsterdam,The Hague
        New Zealand||New Zealander|Wellington
        Nicaragua||Nicaraguan|Managua
        Niger||Nigerien|Niamey
        Nigeria||Nigerian|Abuja
        North Macedonia|Macedonia|Macedonian|Skopje
        Norway||Norwegian|Oslo
        Oman||Omani|Muscat
        Pakistan||Pakistani|Islamabad
        Palau|||
        Palestine|Palestinian Territories,State of Palestine|Palestinian|Ramallah
        Panama||Panamanian|Panama City
        Papua New Guinea|||Port Moresby
        Paraguay||Paraguayan|Asuncion,Asunción
        Peru||Peruvian|Lima
        Philippines|The Philippines|Filipino,Philippine|Manila
        Poland||Polish|Warsaw
        Portugal||Portuguese|Lisbon
        Qatar||Qatari|Doha
        Romania||Romanian|Bucharest
        Russia|Russian Federation|Russian|Moscow
        Rwanda||Rwandan|Kigali
        Saint Kitts and Nevis|||
        Saint Lucia|||
        Saint Vincent and the Grenadines|||
        Samoa||Samoan|Apia
        San Marino|||
        Sao Tome and Principe|São Tomé and Príncipe||
        Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi|Riyadh
        Senegal||Senegalese|Dakar
        Serbia||Serbian|Belgrade
        Seychelles|||
        Sierra Leone||Sierra Leonean|Freetown
        Singapore||Singaporean|
        Slovakia||Slovak|Bratislava
        Slovenia||Slovenian|Ljubljana
        Solomon Islands|||Honiara
        Somalia||Somali|Mogadishu
        South Africa||South African|Pretoria
        South Sudan||South Sudanese|Juba
        Spain||Spanish|Madrid
        Sri Lanka||Sri Lankan|Colombo
        Sudan||Sudanese|Khartoum
        Suriname||Surinamese|Paramaribo
        Sweden||Swedish|Stockholm
        Switzerland||Swiss|Bern
        Syria|Syrian Arab Republic|Syrian|Damascus
        Taiwan|Republic of China|Taiwanese|Taipei
        Tajikistan||Tajik|Dushanbe
        Tanzania||Tanzanian|Dodoma
        Thailand||Thai|Bangkok
        Timor-Leste|East Timor|Timorese|Dili
        Togo||Togolese|Lome,Lomé
        Tonga||Tongan|
        Trinidad and Tobago|||Port of Spain
        Tunisia||Tunisian|Tunis
        Turkey|Türkiye,Turkiye|Turkish|Ankara
        Turkmenistan||Turkmen|Ashgabat
        Tuvalu|||
        Uganda||Ugandan|Kampala
        Ukraine|the Ukraine|Ukrainian|Kyiv,Kiev
        United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi
        United Kingdom|UK,U.K.,U K,Britain,Great Britain|British|London,Downing Street,Whitehall
        United States|US,U.S.,USA,U.S.A.,U S,United States of America,America|American|Washington
        Uruguay||Uruguayan|Montevideo
        Uzbekistan||Uzbek|Tashkent
        Vanuatu|||
        Vatican|Holy See|Vatican|
        Venezuela||Venezuelan|Caracas
        Vietnam|Viet Nam|Vietnamese|Hanoi
        Yemen||Yemeni|Sanaa,Sana'a
        Zambia||Zambian|Lusaka
        Zimbabwe||Zimbabwean|Harare
        """;
}
