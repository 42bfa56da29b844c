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
         "Hakan Nicolas Jens Mark-Anthony Hamad Tamim Mohamed Abdel Narendra Subrahmanyam Luiz Jair Gustavo Javier " +
         "Maria Mariya Katerina Yekaterina Ekaterina Anastasia Lyudmila Galina Marina Oksana Ksenia Polina Valery Valeriy " +
         "Vasily Vasiliy Vadim Ruslan Stanislav Yaroslav Bogdan Sergiy Serhiy Mykola Vitalii Herman Arkadi Semyon " +
         "Mike Nikki Rosemary Janet Antony Lloyd Jake Gina Wally Marcia Samantha Condoleezza Madeleine Rex Mitch Nancy " +
         "Ignazio Guy Alain Karin Simonetta Viola Ueli Didier Doris Alberto Koichi Kenji Hiroshi Hirokazu Yoshihiko " +
         "Toshimitsu Nobuo Shunichi Yoshihisa Yasutoshi Kazuyuki Masahiro Akira Junichiro Naoki Tetsuo Yukio " +
         "Francois François Jean Pierre Jacques Annalena Frank-Walter Kaja Margrethe Charles-Michel Josep Valdis Dimitri " +
         "Giuseppe Antonio António Luigi Matteo Sergio Ursula Robert Roberta Carlos Juan Jose José Luis Miguel Manuel " +
         "Hans Klaus Wolfgang Jürgen Heiko Christine Angela Friedrich Karl Lars Anders Mette Magdalena Sanna Jonas " +
         "Hassan Hasan Reza Mahmood Mohsen Ghasem Qasem Qassem Hossein Amir Ali-Akbar Esmail Ismail Jalal Kamal Yahya " +
         "Abbas Nasser Nasrallah Rashid Majid Mehdi Saeid Yousef Youssef Tariq Faisal Salman Anwar " +
         "Alyaksandr Aliaksandr Uladzimir Ryhor Viktar Dzmitry Siarhei Andrei Mikalai Ihar Natallia Raman " +
         "Teodoro Rodrigo Ferdinand Joko Prabowo Shehbaz Imran Recep Mevlut Tayyip Volkan Nikol Ilham Kassym-Jomart " +
         "Barack Joe Jill Kamala Tim Marco Kristi Howard Scott Lindsey Chuck Ted Elon Mitt Bernie Gretchen " +
         // Persian, Arabic and Turkish given names as English copy spells them, and more Belarusian and Russian spellings.
         "Mahsa Naser Alireza Gholamreza Mohammadreza Hamidreza Amirhossein Mojtaba Esmaeil Kazem Morteza Mostafa Hadi " +
         "Fatemeh Zahra Maryam Narges Nasrin Zeinab Sakineh Naji Muhammed Mehmet Ahmet Abdulvahap Abdulaziz Abdulrahman " +
         "Osama Yasser Bilal Hamza Fuad Walid Emre Murat Selim Victor Natallya Anatol Aliaksei Zmitser Valiantsin " +
         "Uladzislau Pavel Andrej Siarhiej Yuliya " +
         // More Turkish, Persian, Arabic, Spanish, English and Nordic given names, and Burmese names' first parts.
         "Fatih Hulusi Suleyman Süleyman Faruk Serhat Ismet Bulent Ersin Cevdet Nurettin Kemal Binali Ekrem " +
         "Issa Isa Eissa Jafar Ghulam Esfandiar Bahram Dariush Kourosh Parviz Shahram Farhad " +
         "Oscar Óscar Ana Julia Francisco Fernando Jorge Ricardo Rafael Alejandro Enrique Nicolás Néstor Nestor " +
         "Camila Gabriela Daniela Laureano Humberto Ramiro Hugo Diosdado Tareck Delcy Elliott Rasmus Bernard " +
         "Halina Mikael Henrik Magnus Aung Maung Thein Khin Thura " +
         // Syrian and Levantine given names as English copy spells them.
         "Maher Bushra Asma Fahd Adnan Hafez Hafiz Fadi Ghaith Samer Husam Hussam Hazem Rami Khodr Mohamad Luna Saad Sa’ad " +
         "Bassel Bassam Ayman Imad Jamil Nabil Ghassan Wael Ziad Nizar Qusay Mazen Firas Louay Bouthaina Wafiq").Split(' '),
        StringComparer.Ordinal);

    /// <summary>Korean family names: a person when two more name parts follow ("Ri Chang Ho", "Jong In-chol").</summary>
    public static readonly FrozenSet<string> KoreanFamily = FrozenSet.ToFrozenSet(
        "Kim Ri Ro Pak Park Ju Jong Son Choe Choi Jang Han Kang Yun Ryu Hwang Hong Jon Chae Rim Paek Sin Song Cha Jo Chon Ko Mun Yoon Lee Cho Jung Yoo".Split(' '),
        StringComparer.Ordinal);

    /// <summary><see cref="KoreanFamily"/> folded to lower case, for names already split by <see cref="NameSimilarity.Parts"/>.</summary>
    public static readonly FrozenSet<string> FoldedKoreanFamily = FrozenSet.ToFrozenSet(
        KoreanFamily.Select(f => f.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>Chinese family names: a person when one more capitalised name part follows ("Zhang Yesui", "Wang Yi").</summary>
    public static readonly FrozenSet<string> ChineseFamily = FrozenSet.ToFrozenSet(
        ("Zhang Wang Liu Chen Yang Zhao Huang Zhou Wu Xu Zhu Gao Lin Guo Luo Liang Zheng Xie Tang Feng Dong Xiao Cao Yuan " +
         "Deng Xi Shen Zeng Peng Jiang Cai Jia Ding Wei Xia Zhong Qin Hu Fu Lu Yu Qian Kong Lai Mao Bai Meng Tian Fan").Split(' '),
        StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChineseLookup = ChineseFamily.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenLookup = Given.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KoreanLookup = KoreanFamily.GetAlternateLookup<ReadOnlySpan<char>>();
}
