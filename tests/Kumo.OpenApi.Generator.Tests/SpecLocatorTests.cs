using Kumo.OpenApi.Generator.Model;
using Kumo.OpenApi.Generator.Parsing;

namespace Kumo.OpenApi.Generator.Tests;

/// <summary>JSON pointers land on the line and column of the member they name, through the index and below it.</summary>
public sealed class SpecLocatorTests
{
    // Non-ASCII text before the targets: byte offsets and char offsets differ from line 3 on.
    private const string Json = """
        {
          "info": { "title": "Überblick — ✓ 日本", "version": "1" },
          "paths": {
            "/a/{id}": {
              "get": {
                "parameters": [
                  { "name": "id", "in": "path" },
                  { "name": "q", "in": "query", "schema": { "type": "string", "enum": ["x", "y"] } }
                ]
              }
            }
          },
          "components": { "schemas": { "Thing": { "properties": { "name": { "type": "string" } } } } },
          "paths": { "/shadowed": {} }
        }
        """;

    private static (int Line, int Column) Find(string pointer)
    {
        LocationInfo location = new SpecLocator("/repo/spec.json", Json, isJson: true).Find(pointer);
        return (location.LineSpan.Start.Line + 1, location.LineSpan.Start.Character + 1);
    }

    [Theory]
    [InlineData("#/info", 2, 3)]
    [InlineData("#/paths/~1a~1{id}/get", 5, 7)]
    [InlineData("#/paths/~1a~1%7Bid%7D/get/parameters/1/schema/enum/1", 8, 85)]
    [InlineData("#/components/schemas/Thing/properties/name/type", 13, 69)]
    public void PointersLandOnTheirMember(string pointer, int line, int column) =>
        Assert.Equal((line, column), Find(pointer));

    [Theory]
    [InlineData("#/paths/~1nope/get", 3, 3)]
    [InlineData("#/components/schemas/Thing/properties/missing", 13, 43)]
    [InlineData("#/paths/~1a~1{id}/get/parameters/7", 6, 9)]
    public void AMissingSegmentLandsOnTheDeepestOneFound(string pointer, int line, int column) =>
        Assert.Equal((line, column), Find(pointer));

    [Fact]
    public void ADuplicateMemberResolvesToTheFirst() => Assert.Equal((3, 3), Find("#/paths"));

    [Fact]
    public void ManyLookupsOnOneLocatorAgreeWithFreshOnes()
    {
        SpecLocator shared = new SpecLocator("/repo/spec.json", Json, isJson: true);
        string[] pointers = { "#/components/schemas/Thing", "#/info/title", "#/paths/~1a~1{id}/get/parameters/0/name", "#/info" };

        foreach (string pointer in pointers)
        {
            Assert.Equal(new SpecLocator("/repo/spec.json", Json, isJson: true).Find(pointer), shared.Find(pointer));
        }
    }
}
