using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kumo.UpCloud.Tests.Fixtures;

/// <summary>A go-vcr cassette recorded by UpCloud's Go SDK tests against the real API (tests/fixtures/upcloud-go-api, MIT).</summary>
public sealed class Cassette
{
    public List<Interaction> Interactions { get; set; } = new();

    public static Cassette Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "fixtures", "upcloud-go-api", fileName);
        IDeserializer deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        return deserializer.Deserialize<Cassette>(File.ReadAllText(path));
    }
}

public sealed class Interaction
{
    public RecordedRequest Request { get; set; } = new();

    public RecordedResponse Response { get; set; } = new();
}

public sealed class RecordedRequest
{
    public string Body { get; set; } = "";

    public string Url { get; set; } = "";

    public string Method { get; set; } = "";
}

public sealed class RecordedResponse
{
    public string Body { get; set; } = "";

    public Dictionary<string, List<string>> Headers { get; set; } = new();

    public int Code { get; set; }
}
