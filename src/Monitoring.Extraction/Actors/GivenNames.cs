using System.Collections.Frozen;

namespace Monitoring.Extraction.Actors;

/// <summary>
/// Given names common in sanction news, and Korean family names (written first), so that a
/// capitalised run starting with one is read as a person and not a place or a firm: "Oleg Deripaska",
/// "Kim Sang Man". Words that are often something else when capitalised (Mark, Frank, Christian) are left out.
/// </summary>
internal static class GivenNames
{
    public static readonly FrozenSet<string> Given = FrozenSet.ToFrozenSet(
        ("Vladimir Dmitry Dmitri Dmitriy Sergei Sergey Igor Oleg Roman Alexei Alexey Aleksei Alexander Aleksandr Andrey Andrei " +
         "Nikolai Nikolay Mikhail Yuri Yury Viktor Vitaliy Vitaly Pavel Ivan Boris Arkady Gennady Gennadiy Leonid Anatoly " +
         "Yevgeny Evgeny Maxim Denis Kirill Ilya Alisher Elvira Olga Tatiana Tatyana Natalia Natalya Irina Svetlana Yelena " +
         "Elena Vyacheslav Valentina Konstantin Pyotr Petr Ramzan Suleiman Fyodor Grigory Anton Artem Timur Rustam Viktor " +
         "Volodymyr Dmytro Andriy Oleksandr Oleksiy Denys Yulia Kyrylo Mykhailo Petro Vitali Sviatlana Alyaksandr Arkadiy " +
         "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Antony " +
         "Donald Steven Stephen Paul Andrew Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary " +
         "Nicholas Eric Jonathan Justin Scott Benjamin Samuel Gregory Raymond Patrick Dennis Aaron Adam Henry Nathan Douglas " +
         "Peter Walter Jeremy Harold Keith Roger Gerald Sean Arthur Lawrence Bruce Albert Alan Ralph Vincent Russell Louis " +
         "Philip Bradley Liz Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret " +
         "Sandra Emily Michelle Melissa Deborah Stephanie Rebecca Laura Kathleen Angela Helen Anna Nicole Emma Samantha " +
         "Katherine Catherine Rachel Janet Ruth Heather Hillary Kamala Rishi Keir Yvette Priti Dominic Theresa Nadine Gina " +
         "Marco Emmanuel Olaf Ursula Josep Kaja Annalena Giorgia Mario Pedro Chrystia Melanie Penny Fumio Shigeru Yoshihide " +
         "Shinzo Yoko Takeshi Taro Yoshimasa Katsunobu Yoji Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein " +
         "Hossein Abbas Ebrahim Ibrahim Javad Mahmoud Masoud Hamid Saeed Abdullah Khalid Omar Yusuf Mustafa Bashar Recep " +
         "Hakan Nicolas Jens Mark-Anthony Hamad Tamim Mohamed Abdel Narendra Subrahmanyam Luiz Jair Gustavo Javier").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Korean family names: a person when two more name parts follow ("Ri Chang Ho", "Jong In-chol").</summary>
    public static readonly FrozenSet<string> KoreanFamily = FrozenSet.ToFrozenSet(
        "Kim Ri Ro Pak Park Ju Jong Son Choe Choi Jang Han Kang Yun Ryu Hwang Hong Jon Chae Rim Paek Sin Song Cha Jo Chon Ko Mun Yoon Lee Cho Jung Yoo".Split(' '),
        StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenLookup = Given.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KoreanLookup = KoreanFamily.GetAlternateLookup<ReadOnlySpan<char>>();
}
