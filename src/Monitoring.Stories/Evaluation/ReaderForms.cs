using Monitoring.Extraction;
using Monitoring.Extraction.Actors;

namespace Monitoring.Stories.Evaluation;

/// <summary>
/// The other forms the reader gave each actor over the articles read, by the actor's folded name: what lets
/// alert scoring match an actor by its forms, as actor scoring does.
/// </summary>
internal sealed class ReaderForms
{
    private readonly Dictionary<string, List<string>> _forms = new(StringComparer.Ordinal);

    public void Add(Findings findings)
    {
        foreach (var actor in findings.Actors)
        {
            var key = NameSimilarity.Fold(actor.Name);
            if (!_forms.TryGetValue(key, out var forms))
            {
                _forms[key] = forms = [];
            }
            foreach (var form in actor.Forms.Where(f => !forms.Contains(f, StringComparer.Ordinal)))
            {
                forms.Add(form);
            }
        }
    }

    /// <summary>The forms of the actor of that name, in the order first read; none for a name never read.</summary>
    public IReadOnlyList<string> Of(string name) => _forms.TryGetValue(NameSimilarity.Fold(name), out var forms) ? forms : [];
}
