using System.Globalization;
using Monitoring.Silo.Hosting;
using Monitoring.Silo.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Monitoring.Silo.Tests.Kubernetes;

/// <summary>
/// There is no Kubernetes here, so the manifests are held to what the code says: every setting they
/// pass is an option the silo reads, the probes are paths it serves, the ports the ones it opens.
/// </summary>
public sealed class ManifestTests
{
    private static readonly IReadOnlyList<YamlMappingNode> Base = Manifests.Load("base");

    private static YamlMappingNode Container =>
        (YamlMappingNode)Base.Of("Deployment", "monitoring-silo").Map("spec").Map("template").Map("spec").List("containers")[0];

    /// <summary>Every setting name the pods get: ConfigMap and Secret keys, and the container's own variables.</summary>
    private static IEnumerable<string> SettingNames() =>
        Base.Of("ConfigMap", "monitoring-settings").Map("data").Keys()
            .Concat(Base.Of("Secret", "monitoring-secrets").Map("stringData").Keys())
            .Concat(Container.List("env").Cast<YamlMappingNode>().Select(e => e.Text("name")!));

    [Fact]
    public void Every_setting_the_pods_get_is_an_option_the_silo_reads()
    {
        foreach (var name in SettingNames())
        {
            if (name is "ASPNETCORE_URLS" || name.StartsWith("Logging__", StringComparison.Ordinal))
            {
                continue;
            }
            var parts = name.Split("__");
            Assert.True(parts.Length == 2, $"{name} is not Section__Option");
            var section = typeof(Settings).GetProperty(parts[0]);
            Assert.True(section is not null, $"{name}: no settings section '{parts[0]}'");
            Assert.True(section.PropertyType.GetProperty(parts[1]) is not null, $"{name}: section {parts[0]} has no option '{parts[1]}'");
        }
    }

    [Fact]
    public void The_pod_settings_pass_the_silos_validation()
    {
        var values = Base.Of("ConfigMap", "monitoring-settings").Map("data").Children
            .Concat(Base.Of("Secret", "monitoring-secrets").Map("stringData").Children)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!.Replace("__", ":", StringComparison.Ordinal), kv => ((YamlScalarNode)kv.Value).Value);
        values["Cluster:AdvertisedAddress"] = "10.0.0.7";

        var settings = Settings.Load(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

        Assert.Equal(ClusteringOptions.AdoNet, settings.Cluster.Mode);
        Assert.Equal("Postgres", settings.Storage.Provider);
        var ports = Container.List("ports").Cast<YamlMappingNode>().ToDictionary(p => p.Text("name")!, p => int.Parse(p.Text("containerPort")!, CultureInfo.InvariantCulture));
        Assert.Equal(settings.Cluster.SiloPort, ports["silo"]);
        Assert.Equal(settings.Cluster.GatewayPort, ports["gateway"]);
        Assert.Equal("http://+:" + ports["http"], values["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void The_pod_advertises_its_own_ip()
    {
        var advertised = Container.List("env").Cast<YamlMappingNode>().Single(e => e.Text("name") == "Cluster__AdvertisedAddress");
        Assert.Equal("status.podIP", advertised.Map("valueFrom").Map("fieldRef").Text("fieldPath"));
    }

    [Fact]
    public async Task The_probes_are_paths_the_silo_serves()
    {
        var paths = new[] { "readinessProbe", "livenessProbe", "startupProbe" }.Select(p => Container.Map(p).Map("httpGet").Text("path")!).ToList();
        Assert.Equal(["/readyz", "/healthz", "/healthz"], paths);

        await using var silo = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);
        using var anonymous = silo.ClientWithKey(null);
        foreach (var path in paths.Distinct())
        {
            using var response = await anonymous.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Selectors_match_the_silo_pods_and_grace_outlasts_shutdown()
    {
        var deployment = Base.Of("Deployment", "monitoring-silo");
        var labels = deployment.Map("spec").Map("template").Map("metadata").Map("labels").Children
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value);
        var selectors = new[]
        {
            deployment.Map("spec").Map("selector").Map("matchLabels"),
            Base.Of("Service", "monitoring-api").Map("spec").Map("selector"),
            Base.Of("PodDisruptionBudget", "monitoring-silo").Map("spec").Map("selector").Map("matchLabels"),
            Base.Of("NetworkPolicy", "monitoring-silo").Map("spec").Map("podSelector").Map("matchLabels"),
        };
        foreach (var selector in selectors)
        {
            foreach (var (key, value) in selector.Children)
            {
                Assert.Equal(labels[((YamlScalarNode)key).Value!], ((YamlScalarNode)value).Value);
            }
        }
        Assert.Equal("monitoring-silo", Base.Of("HorizontalPodAutoscaler", "monitoring-silo").Map("spec").Map("scaleTargetRef").Text("name"));
        // The host's default shutdown budget is 30 s; the pod must not be killed before it is spent.
        Assert.True(int.Parse(deployment.Map("spec").Map("template").Map("spec").Text("terminationGracePeriodSeconds")!, CultureInfo.InvariantCulture) >= 60);
        Assert.Equal("true", Container.Map("securityContext").Text("readOnlyRootFilesystem"));
    }

    [Fact]
    public void Every_overlay_and_every_file_the_kustomizations_name_parse()
    {
        foreach (var folder in new[] { "base", "overlays/postgres-in-cluster", "overlays/external-postgres" })
        {
            var objects = Manifests.Load(folder);
            var kustomization = objects.Single(o => o.Text("kind") == "Kustomization");
            var named = kustomization.Children.TryGetValue(new YamlScalarNode("resources"), out var resources)
                ? ((YamlSequenceNode)resources).Select(r => ((YamlScalarNode)r).Value!) : [];
            foreach (var resource in named)
            {
                var path = Path.Combine(Manifests.Folder, folder, resource);
                Assert.True(File.Exists(path) || Directory.Exists(path), $"{folder}/kustomization.yaml names {resource}, which is missing");
            }
        }
    }
}
