using System.Text.Json;

namespace Monitoring.Silo.Tests.Api;

/// <summary>Input that does not fit is a 4xx problem that says what is wrong; it is never a 500.</summary>
public sealed class BadInputTests(BoundsSilo fixture) : IClassFixture<BoundsSilo>
{
    [Fact]
    public async Task A_topic_id_ending_in_a_newline_is_refused_and_not_saved()
    {
        var (postStatus, postBody) = await fixture.SendAsync("POST", "/api/topics", """{"id":"nl1\n","name":"n","keywords":["k"]}""");
        var (putStatus, putBody) = await fixture.SendAsync("PUT", "/api/topics/nl1%0A", """{"name":"n","keywords":["k"]}""");

        Assert.Equal(400, postStatus);
        Assert.StartsWith("id ", InputBoundsTests.Detail(postBody));
        Assert.Equal(400, putStatus);
        Assert.StartsWith("id ", InputBoundsTests.Detail(putBody));
        var topics = await fixture.Silo.GetJsonAsync("/api/topics");
        Assert.DoesNotContain(topics.EnumerateArray(), t => t.GetProperty("id").GetString()!.StartsWith("nl1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_json_says_where_it_broke()
    {
        const string body = "{\"url\": \"https://feeds.example.org/x\",\n \"title\": }";

        var (status, problem) = await fixture.SendAsync("POST", "/api/sources", body);

        Assert.Equal(400, status);
        var detail = InputBoundsTests.Detail(problem);
        Assert.StartsWith("body is not valid JSON: ", detail);
        // The second line, at the '}' where a value should be.
        var position = body.Split('\n')[1].IndexOf('}', StringComparison.Ordinal) + 1;
        Assert.EndsWith($"at $.title, line 2, position {position}", detail);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_field_and_the_kind_of_value_it_takes()
    {
        var (status, problem) = await fixture.SendAsync("POST", "/api/topics", """{"id":"typed","name":"n","keywords":["k"],"minOutlets":"many"}""");
        var (listStatus, listProblem) = await fixture.SendAsync("POST", "/api/topics", """{"id":"typed","name":"n","allActors":"Japan"}""");

        Assert.Equal(400, status);
        Assert.StartsWith("body is not valid JSON: the value must be a whole number at $.minOutlets", InputBoundsTests.Detail(problem));
        Assert.Equal(400, listStatus);
        Assert.StartsWith("body is not valid JSON: the value must be an array of strings at $.allActors", InputBoundsTests.Detail(listProblem));
    }

    [Fact]
    public async Task A_misspelt_field_is_refused_with_the_field_meant_and_nothing_is_saved()
    {
        var (status, problem) = await fixture.SendAsync("POST", "/api/topics", """{"id":"misspelt","name":"n","keywords":["sanction"],"keyword":["oil"]}""");
        var (snakeStatus, snakeProblem) = await fixture.SendAsync("POST", "/api/topics", """{"id":"misspelt","name":"n","all_actors":["Japan"]}""");
        var (nestedStatus, nestedProblem) = await fixture.SendAsync("POST", "/api/subscriptions",
            """{"topic":"bounds","channel":{"type":"webhook","url":"https://h.example.org/","secrt":"x"}}""");

        Assert.Equal(400, status);
        Assert.StartsWith("unknown field 'keyword' at $ (did you mean 'keywords'? the fields here: ", InputBoundsTests.Detail(problem));
        Assert.Equal(400, snakeStatus);
        Assert.StartsWith("unknown field 'all_actors' at $ (did you mean 'allActors'?", InputBoundsTests.Detail(snakeProblem));
        Assert.Equal(400, nestedStatus);
        Assert.StartsWith("unknown field 'secrt' at $.channel (did you mean 'secret'?", InputBoundsTests.Detail(nestedProblem));
        var topics = await fixture.Silo.GetJsonAsync("/api/topics");
        Assert.DoesNotContain(topics.EnumerateArray(), t => t.GetProperty("id").GetString() == "misspelt");
    }

    [Fact]
    public async Task A_trailing_comma_is_named_without_the_readers_options()
    {
        var (status, problem) = await fixture.SendAsync("POST", "/api/sources", """{"url":"https://feeds.example.org/x",}""");

        Assert.Equal(400, status);
        var detail = InputBoundsTests.Detail(problem);
        Assert.Contains("trailing comma", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("mode", detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?, string> Bad => new()
    {
        { "POST", "/api/sources", "url=https://feeds.example.org/a", "text/plain" },
        { "POST", "/api/sources", null, "application/json" },
        { "POST", "/api/sources", "", "application/json" },
        { "POST", "/api/sources", "null", "application/json" },
        { "POST", "/api/sources", "[1,2]", "application/json" },
        { "POST", "/api/sources", "\"a string\"", "application/json" },
        { "POST", "/api/sources", """{"url":5}""", "application/json" },
        { "POST", "/api/sources", """{"url":null,"title":null}""", "application/json" },
        { "POST", "/api/sources", """{"url":"https://feeds.example.org/a","title":["t"]}""", "application/json" },
        { "POST", "/api/topics", """{"id":123}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":{"x":1},"keywords":["k"]}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":"n","keywords":[null]}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":"n","keywords":"k"}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":"n","keywords":["k"],"minOutlets":1e100}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":"n","keywords":["k"],"minOutlets":99999999999999999999}""", "application/json" },
        { "POST", "/api/topics", """{"id":"a","name":"n","keywords":["k"],"minOutlets":-1}""", "application/json" },
        { "POST", "/api/topics", """{"id":"-a","name":"n","keywords":["k"]}""", "application/json" },
        { "PUT", "/api/topics/bounds", "{}", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","channel":null}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","filters":{"kinds":[null]},"channel":{"type":"stream"}}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","filters":{"minCorroboration":-1e30},"channel":{"type":"stream"}}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","filters":{"minStatus":7},"channel":{"type":"stream"}}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","channel":{"type":"webhook","url":"not a url"}}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"bounds","channel":{"type":"webhook","url":"https://h.example.org/","secret":"short"}}""", "application/json" },
        { "POST", "/api/subscriptions", """{"topic":"nl1\n","channel":{"type":"stream"}}""", "application/json" },
        { "POST", "/api/keys", """{"name":"k","role":5}""", "application/json" },
        { "POST", "/api/keys", """{"name":"k","role":"admin"}""", "application/json" },
        { "POST", "/api/keys", "name=k", "application/x-www-form-urlencoded" },
        { "POST", "/api/sources/opml", "<opml", "text/x-opml" },
        { "GET", "/api/sources?offset=-1", null, "" },
        { "GET", "/api/sources?limit=-5", null, "" },
        { "GET", "/api/sources?limit=abc", null, "" },
        { "GET", "/api/sources?offset=99999999999999999999", null, "" },
        { "GET", "/api/articles?since=not-a-date", null, "" },
        { "GET", "/api/articles?since=2024-13-45", null, "" },
        { "GET", "/api/articles?limit=0", null, "" },
        { "GET", "/api/articles?source=" + new string('s', 65), null, "" },
        { "GET", "/api/topics/bounds/alerts?after=-1", null, "" },
        { "GET", "/api/topics/bounds/alerts?after=abc", null, "" },
        { "GET", "/api/topics/bounds/alerts?limit=100000", null, "" },
        { "GET", "/api/topics/bounds/story?asOf=yesterday", null, "" },
        { "GET", "/api/stream?topic=bounds&after=-3", null, "" },
        { "GET", "/api/stream?topic=", null, "" },
        { "GET", "/api/subscriptions/none/dead-letters?limit=0", null, "" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public async Task Bad_input_is_a_4xx_problem_never_a_500(string method, string path, string? body, string contentType)
    {
        var (status, problem) = await fixture.SendAsync(method, path, body, contentType);

        Assert.True(status is >= 400 and < 500, $"{method} {path} {body}: {status} {problem}");
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()), problem);
    }
}
