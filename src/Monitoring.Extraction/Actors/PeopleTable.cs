namespace Monitoring.Extraction.Actors;

/// <summary>
/// People who act in sanction stories, with the other spellings and orders news uses for them
/// and the country they speak for. One line each: <c>name | other forms | country</c>. Forms
/// here are only those safe to read without context; other surname-only mentions are resolved
/// against full names met earlier in the same article.
/// </summary>
internal static class PeopleTable
{
    public const string Lines = """
        Vladimir Putin|Putin,Vladimir Vladimirovich Putin|Russia
        Dmitry Medvedev|Medvedev,Dmitri Medvedev|Russia
        Sergey Lavrov|Lavrov,Sergei Lavrov|Russia
        Dmitry Peskov|Peskov,Dmitri Peskov|Russia
        Maria Zakharova|Zakharova|Russia
        Mikhail Mishustin|Mishustin|Russia
        Elvira Nabiullina|Nabiullina|Russia
        Volodymyr Zelenskyy|Zelenskyy,Zelensky,Zelenskiy,Volodymyr Zelensky,Volodymyr Zelenskiy,Vladimir Zelensky|Ukraine
        Dmytro Kuleba|Kuleba|Ukraine
        Andrii Sybiha|Sybiha,Andriy Sybiha|Ukraine
        Denys Shmyhal|Shmyhal|Ukraine
        Fumio Kishida|Kishida|Japan
        Shigeru Ishiba|Ishiba|Japan
        Sanae Takaichi|Takaichi|Japan
        Yoshimasa Hayashi|Hayashi Yoshimasa|Japan
        Takeshi Iwaya|Iwaya,Iwaya Takeshi|Japan
        Yoko Kamikawa|Kamikawa|Japan
        Toshimitsu Motegi|Motegi|Japan
        Yoshihide Suga|Suga|Japan
        Shinzo Abe|Shinzo Abe|Japan
        Kim Jong Un|Kim Jong-un,Kim Jong-Un,Kim Jongun|North Korea
        Kim Yo Jong|Kim Yo-jong|North Korea
        Choe Son Hui|Choe Son-hui|North Korea
        Yoon Suk Yeol|Yoon Suk-yeol,Yoon|South Korea
        Lee Jae-myung|Lee Jae Myung|South Korea
        Ali Khamenei|Khamenei,Ayatollah Ali Khamenei|Iran
        Ebrahim Raisi|Raisi|Iran
        Masoud Pezeshkian|Pezeshkian|Iran
        Abbas Araghchi|Araghchi|Iran
        Hossein Amir-Abdollahian|Amir-Abdollahian,Amirabdollahian|Iran
        Mohammad Javad Zarif|Zarif,Javad Zarif|Iran
        Hassan Rouhani|Rouhani|Iran
        Joe Biden|Biden|United States
        Donald Trump|Trump|United States
        Kamala Harris|Kamala Harris|United States
        Antony Blinken|Blinken|United States
        Janet Yellen|Yellen|United States
        Marco Rubio|Rubio|United States
        Scott Bessent|Bessent|United States
        Boris Johnson|Boris Johnson|United Kingdom
        Liz Truss|Liz Truss|United Kingdom
        Rishi Sunak|Sunak|United Kingdom
        Keir Starmer|Starmer|United Kingdom
        David Lammy|Lammy|United Kingdom
        David Cameron|David Cameron|United Kingdom
        Ursula von der Leyen|von der Leyen|European Union
        Josep Borrell|Borrell|European Union
        Kaja Kallas|Kallas|European Union
        Charles Michel|Charles Michel|European Union
        António Costa|Antonio Costa|European Union
        Olaf Scholz|Scholz|Germany
        Friedrich Merz|Merz|Germany
        Annalena Baerbock|Baerbock|Germany
        Emmanuel Macron|Macron|France
        Xi Jinping|Xi|China
        Wang Yi|Wang Yi|China
        Bashar al-Assad|Assad,Bashar Assad,Bashar al-Asad|Syria
        Recep Tayyip Erdogan|Erdogan,Erdoğan,Recep Tayyip Erdoğan|Turkey
        Alexander Lukashenko|Lukashenko,Aleksandr Lukashenko|Belarus
        Narendra Modi|Modi|India
        Justin Trudeau|Trudeau|Canada
        Anthony Albanese|Albanese|Australia
        Jens Stoltenberg|Stoltenberg|NATO
        Mark Rutte|Rutte|NATO
        Antonio Guterres|Guterres,António Guterres|United Nations
        Rafael Grossi|Grossi|International Atomic Energy Agency
        """;
}
