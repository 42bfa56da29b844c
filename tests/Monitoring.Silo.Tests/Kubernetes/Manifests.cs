using YamlDotNet.RepresentationModel;

namespace Monitoring.Silo.Tests.Kubernetes;

/// <summary>The objects in the k8s/ folder's YAML files, read as plain YAML trees.</summary>
internal static class Manifests
{
    public static string Folder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Monitoring.sln")))
            {
                root = root.Parent;
            }
            Assert.True(root is not null, "cannot find the repository root (Monitoring.sln) above " + AppContext.BaseDirectory);
            return Path.Combine(root.FullName, "k8s");
        }
    }

    /// <summary>Every document of every YAML file under <paramref name="subfolder"/> (kustomization files included).</summary>
    public static IReadOnlyList<YamlMappingNode> Load(string subfolder)
    {
        var documents = new List<YamlMappingNode>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder, subfolder), "*.yaml").Order())
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file)))
            {
                stream.Load(reader);
            }
            documents.AddRange(stream.Documents.Select(d => (YamlMappingNode)d.RootNode));
        }
        return documents;
    }

    public static YamlMappingNode Of(this IReadOnlyList<YamlMappingNode> objects, string kind, string name) =>
        objects.Single(o => o.Text("kind") == kind && o.Map("metadata").Text("name") == name);

    public static YamlMappingNode Map(this YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static YamlSequenceNode List(this YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    public static string? Text(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static IEnumerable<string> Keys(this YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
