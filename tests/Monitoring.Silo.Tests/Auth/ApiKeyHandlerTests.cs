using System.Net;
using System.Text.Json;
using Monitoring.Silo.Tests.Infrastructure;

namespace Monitoring.Silo.Tests.Auth;

/// <summary>The <c>Authorization</c> header as the running API reads it: the scheme, the key, and the 401 it answers otherwise.</summary>
public sealed class ApiKeyHandlerTests(ApiKeyHandlerTests.Silo fixture) : IClassFixture<ApiKeyHandlerTests.Silo>
{
    /// <summary>One silo for every case: they only read, and a silo per case made each mutation-testing run start twelve.</summary>
    public sealed class Silo : IAsyncLifetime
    {
        public RunningSilo Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningSilo.StartAsync(settings: RunningSilo.ManualPolling);

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }

    private async Task<HttpResponseMessage> GetWithAsync(string? authorization)
    {
        using var anonymous = fixture.Running.ClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/keys");
        if (authorization is not null)
        {
            Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        }
        return await anonymous.SendAsync(request);
    }

    [Theory]
    [InlineData("Bearer " + RunningSilo.OperatorKey)]
    [InlineData("bearer " + RunningSilo.OperatorKey)]
    [InlineData("BEARER   " + RunningSilo.OperatorKey + "  ")]
    public async Task A_known_key_after_the_bearer_scheme_gets_in(string authorization)
    {
        using var response = await GetWithAsync(authorization);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dGVzdDp0ZXN0")]
    [InlineData(RunningSilo.OperatorKey)]
    [InlineData("Token " + RunningSilo.OperatorKey)]
    [InlineData("Digest " + RunningSilo.OperatorKey)] // another scheme as long as "Bearer ": the key after it is not taken
    [InlineData("Bearer mon_unknown")]
    [InlineData("Bearer " + RunningSilo.OperatorKey + "x")]
    public async Task Anything_else_is_401_with_a_bearer_challenge_and_a_problem(string? authorization)
    {
        using var response = await GetWithAsync(authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Unauthorized", problem.GetProperty("title").GetString());
        Assert.Equal("send an API key as 'Authorization: Bearer KEY'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_callers_identity_is_its_keys_id_and_its_role_the_keys_role()
    {
        // A topic opened to one subscriber key by id: only a caller carrying that id sees it.
        var silo = fixture.Running;
        var mine = await silo.PostJsonAsync("/api/keys", new { name = "handler-mine", role = "subscriber" });
        var other = await silo.PostJsonAsync("/api/keys", new { name = "handler-other", role = "subscriber" });
        await AlertMaker.DefineTopicAsync(silo, "handler-identity", mine.GetProperty("id").GetString()!);
        using var asMine = silo.ClientWithKey(mine.GetProperty("key").GetString());
        using var asOther = silo.ClientWithKey(other.GetProperty("key").GetString());

        using var seen = await asMine.GetAsync("/api/topics/handler-identity");
        using var hidden = await asOther.GetAsync("/api/topics/handler-identity");
        using var keys = await asMine.GetAsync("/api/keys"); // operators only

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
    }
}
