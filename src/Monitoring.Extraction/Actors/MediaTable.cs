namespace Monitoring.Extraction.Actors;

/// <summary>News outlets and wire agencies: recognised so that they are never taken for actors of a story.</summary>
internal static class MediaTable
{
    public const string Lines = """
        Reuters|Thomson Reuters
        Associated Press|AP
        Agence France-Presse|AFP,Agence France Presse
        Bloomberg|Bloomberg News
        Kyodo News|Kyodo
        NHK|Japan Broadcasting Corporation
        Jiji Press|Jiji
        Nikkei|Nikkei Asia
        Asahi Shimbun|Asahi
        Yomiuri Shimbun|Yomiuri
        Mainichi Shimbun|Mainichi
        Japan Times|The Japan Times
        Yonhap|Yonhap News Agency
        KCNA|Korean Central News Agency
        TASS|Tass
        RIA Novosti|RIA
        Interfax|Interfax-Ukraine
        Sputnik|
        RT|Russia Today
        Ukrinform|
        Ukrainska Pravda|
        Kyiv Independent|The Kyiv Independent
        Kyiv Post|
        Caliber.Az|Caliber
        IRNA|Islamic Republic News Agency
        Tasnim|Tasnim News Agency
        Fars|Fars News Agency
        Press TV|PressTV
        Xinhua|Xinhua News Agency
        Global Times|
        BBC|BBC News
        CNN|
        Al Jazeera|
        Financial Times|FT
        The Guardian|Guardian
        The New York Times|New York Times,NYT
        The Washington Post|Washington Post
        The Wall Street Journal|Wall Street Journal,WSJ
        Politico|
        Axios|
        Deutsche Welle|DW
        Euronews|
        The Epoch Times|Epoch Times
        Ukrainian Radio|
        """;
}
