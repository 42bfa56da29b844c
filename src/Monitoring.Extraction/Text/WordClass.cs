namespace Monitoring.Extraction.Text;

/// <summary>
/// The classes of words the reading rules look for. A token carries the classes of its word, found
/// with one lookup when the sentence is tokenized, so that a rule asks a bit and not a table.
/// Most classes match the lower-case word; those in <see cref="WordClasses.ExactCase"/> match the word as written.
/// </summary>
[Flags]
public enum WordClass : ulong
{
    None = 0,

    // Measure cues (CueFinder).
    CueHead = 1UL << 0,
    Restricting = 1UL << 1,
    Asset = 1UL << 2,
    Freezing = 1UL << 3,
    Commodity = 1UL << 4,
    Financial = 1UL << 5,
    DiplomaticHead = 1UL << 6,
    DiplomaticAction = 1UL << 7,
    ExpelledPerson = 1UL << 8,
    Arms = 1UL << 9,
    TariffRaising = 1UL << 10,
    Price = 1UL << 11,
    CueClauseMark = 1UL << 12,

    // Statuses (StatusReader): a word has at most one of these.
    Considered = 1UL << 13,
    Announced = 1UL << 14,
    Enacted = 1UL << 15,
    Lifted = 1UL << 16,
    Weak = 1UL << 17,
    Negation = 1UL << 18,

    /// <summary>Words of a condition: "if", "unless", "whether", "(in the) event (of)", "(in) case (of)".</summary>
    Conditional = 1UL << 35,

    // Roles.
    TargetPreposition = 1UL << 19,
    Skippable = 1UL << 20,
    ReasonNoun = 1UL << 21,
    Qualifier = 1UL << 22,
    ClauseBreak = 1UL << 23,
    Subordinator = 1UL << 24,
    ForwardStop = 1UL << 25,
    GovernmentNoun = 1UL << 26,

    // MeasureFinder.
    Quantified = 1UL << 27,
    English = 1UL << 28,
    Foreign = 1UL << 29,

    // People (PersonCues).
    Title = 1UL << 30,
    SpeechVerb = 1UL << 31,
    NotName = 1UL << 32,
    Particle = 1UL << 33,

    // The first word of a gazetteer name.
    NameStart = 1UL << 34,

    /// <summary>"sanction" and every word it begins ("sanctions", "sanctioned"): set by the tokenizer, not the lexicon.</summary>
    Sanction = 1UL << 36,

    /// <summary>The possessive "'s" in any of its spellings: set by the tokenizer.</summary>
    Possessive = 1UL << 37,

    /// <summary>Verbs that put a name on a list ("added to the Entity List").</summary>
    Listing = 1UL << 38,

    /// <summary>Common nouns for a firm ("steelmaker", "company") and for ships ("tankers"): names stand beside them.</summary>
    FirmNoun = 1UL << 39,
    ShipNoun = 1UL << 40,
}

/// <summary>Groups of <see cref="WordClass"/>.</summary>
public static class WordClasses
{
    /// <summary>Classes matched on the word as written: "The" is not a name, "UN" is not French.</summary>
    public const WordClass ExactCase = WordClass.English | WordClass.Foreign | WordClass.NotName | WordClass.Particle | WordClass.NameStart;

    /// <summary>The status classes, of which a word has at most one.</summary>
    public const WordClass Statuses = WordClass.Considered | WordClass.Announced | WordClass.Enacted | WordClass.Lifted | WordClass.Weak | WordClass.Negation;
}
