namespace Monitoring.Silo.Tests.Evaluation;

/// <summary>
/// A four-article corpus in the evaluation layout, in a temporary folder. File names sort against
/// publication order on purpose ("b-considered" comes before "a-enacted"), so replaying by name is caught.
/// </summary>
public sealed class EvalCorpus : IDisposable
{
    private EvalCorpus(string directory) => Directory = directory;

    public string Directory { get; }

    public static EvalCorpus Write()
    {
        var root = Path.Combine(Path.GetTempPath(), "monitoring-eval-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(root, "articles"));
        Article(root, "b-considered", "2024-01-01", "Japan is considering sanctions against Iran.");
        Article(root, "a-enacted", "2024-01-02", "Japan imposed sanctions on Iran.");
        Article(root, "c-negated", "2024-01-03", "Japan hasn't imposed sanctions on Iran.");
        Article(root, "d-other", "2024-01-04", "Canada banned exports of aircraft parts to Belarus.");
        File.WriteAllText(Path.Combine(root, "labels.json"), Labels);
        return new EvalCorpus(root);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Article(string root, string id, string date, string body) =>
        File.WriteAllText(Path.Combine(root, "articles", id + ".txt"),
            $"url: https://news.example/{id}\nsource: news.example\npublished: {date}T08:00:00Z\ntitle: {body}\n\n{body}\n");

    private const string Labels = """
        {
          "topic": { "id": "jp-ir", "name": "Japan–Iran sanctions", "actors": ["Japan", "Iran"], "keywords": ["sanction"] },
          "articles": {
            "b-considered": {
              "measures": [{ "type": "sanctions_general", "imposer": "Japan", "target": "Iran", "status": "considered" }],
              "actors": [{ "name": "Japan", "forms": [] }, { "name": "Iran", "forms": [] }]
            },
            "a-enacted": {
              "measures": [
                { "type": "sanctions_general", "imposer": "Japan", "target": "Iran", "status": "enacted" },
                { "type": "export_ban", "imposer": "Japan", "target": "Iran", "status": "enacted" }
              ],
              "actors": [{ "name": "Japan", "forms": [] }, { "name": "Iran", "forms": [] }, { "name": "Germany", "forms": [] }]
            },
            "c-negated": { "measures": [], "actors": [{ "name": "Japan", "forms": [] }, { "name": "Iran", "forms": [] }] },
            "d-other": { "measures": [], "actors": [{ "name": "Canada", "forms": [] }, { "name": "Belarus", "forms": [] }] }
          },
          "alerts": [
            { "after": "b-considered", "kind": "new_actor", "actor": "Japan" },
            { "after": "b-considered", "kind": "new_actor", "actor": "Iran" },
            { "after": "b-considered", "kind": "new_measure", "type": "sanctions_general", "imposer": "Japan", "target": "Iran" },
            { "after": "a-enacted", "kind": "status_change", "type": "sanctions_general", "imposer": "Japan", "target": "Iran" },
            { "after": "a-enacted", "kind": "new_target", "type": "sanctions_general", "imposer": "Japan", "target": "Germany" }
          ],
          "no_alerts": [
            { "after": "c-negated" },
            { "after": "a-enacted", "kind": "status_change", "type": "sanctions_general" }
          ]
        }
        """;
}
