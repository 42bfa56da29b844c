using System.Numerics;

namespace Monitoring.Extraction.Actors;

/// <summary>
/// The gazetteer's people by the first and last letters of their surnames. A name the same as or one
/// edit from a surname keeps its first or its last letter, so only the people filed under a letter of
/// the new name's first or last word can be that person; the rest of the table is not compared.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly IReadOnlyList<Entity> _people;
    private readonly int _words;
    private readonly Dictionary<char, ulong[]> _byFirst = [];
    private readonly Dictionary<char, ulong[]> _byLast = [];

    public PeopleIndex(IReadOnlyList<Entity> people)
    {
        _people = people;
        _words = (people.Count + 63) / 64;
        for (var i = 0; i < people.Count; i++)
        {
            var surname = people[i].NameParts is [.., var last] ? last : null;
            if (string.IsNullOrEmpty(surname))
            {
                continue;
            }
            Mark(_byFirst, surname[0], i);
            Mark(_byLast, surname[^1], i);
        }
    }

    /// <summary>The first person, in table order, that <see cref="NameSimilarity.SamePerson(string[], string[])"/> finds named by <paramref name="parts"/>.</summary>
    public Entity? Find(string[] parts)
    {
        if (parts.Length == 0 || _words == 0)
        {
            return null;
        }
        Span<ulong> mask = _words <= 32 ? stackalloc ulong[_words] : new ulong[_words];
        Add(mask, _byFirst, parts[0][0]);
        Add(mask, _byFirst, parts[^1][0]);
        Add(mask, _byLast, parts[0][^1]);
        Add(mask, _byLast, parts[^1][^1]);
        for (var w = 0; w < mask.Length; w++)
        {
            for (var bits = mask[w]; bits != 0; bits &= bits - 1)
            {
                var person = _people[(w * 64) + BitOperations.TrailingZeroCount(bits)];
                if (NameSimilarity.SamePerson(person.NameParts, parts))
                {
                    return person;
                }
            }
        }
        return null;
    }

    private void Mark(Dictionary<char, ulong[]> index, char letter, int person)
    {
        if (!index.TryGetValue(letter, out var mask))
        {
            index[letter] = mask = new ulong[_words];
        }
        mask[person / 64] |= 1UL << (person % 64);
    }

    private static void Add(Span<ulong> mask, Dictionary<char, ulong[]> index, char letter)
    {
        if (index.TryGetValue(letter, out var marked))
        {
            for (var w = 0; w < mask.Length; w++)
            {
                mask[w] |= marked[w];
            }
        }
    }
}
