using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Kumo.OpenApi.Runtime.Serialization;

/// <summary>How generated oneOf/anyOf readers recognise a branch: its JSON kind, required members and discriminator values.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class UnionVariant
{
    /// <summary>Creates a branch description.</summary>
    /// <param name="jsonKind">object, array, string, number, boolean or any.</param>
    /// <param name="required">Members an object of this branch always has.</param>
    /// <param name="discriminatorValues">Discriminator values that select this branch.</param>
    public UnionVariant(string jsonKind, string[] required, string[] discriminatorValues)
    {
        JsonKind = jsonKind;
        Required = required;
        DiscriminatorValues = discriminatorValues;
    }

    /// <summary>object, array, string, number, boolean or any.</summary>
    public string JsonKind { get; }

    /// <summary>Members an object of this branch always has.</summary>
    public string[] Required { get; }

    /// <summary>Discriminator values that select this branch.</summary>
    public string[] DiscriminatorValues { get; }
}

/// <summary>Branch selection for generated oneOf/anyOf readers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonUnions
{
    /// <summary>The branches worth trying, best first: a discriminator match decides alone; otherwise branches of the right JSON kind, those whose required members are all present first.</summary>
    /// <param name="element">The value read.</param>
    /// <param name="variants">The branches in description order.</param>
    /// <param name="discriminator">The discriminator member, or null.</param>
    /// <returns>Branch indexes to try in order.</returns>
    public static int[] Rank(JsonElement element, UnionVariant[] variants, string? discriminator)
    {
        if (discriminator is not null && element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(discriminator, out JsonElement tag) && tag.ValueKind == JsonValueKind.String)
        {
            string value = tag.GetString()!;
            for (int i = 0; i < variants.Length; i++)
            {
                if (Array.IndexOf(variants[i].DiscriminatorValues, value) >= 0)
                {
                    return new[] { i };
                }
            }
        }

        List<(int Index, int Score)> candidates = new List<(int, int)>();
        for (int i = 0; i < variants.Length; i++)
        {
            UnionVariant variant = variants[i];
            if (!KindMatches(element.ValueKind, variant.JsonKind))
            {
                continue;
            }

            int score = 0;
            if (element.ValueKind == JsonValueKind.Object)
            {
                int present = 0;
                foreach (string name in variant.Required)
                {
                    if (element.TryGetProperty(name, out _))
                    {
                        present++;
                    }
                }

                // All required members present beats partial matches; more required members means a more specific branch.
                score = present == variant.Required.Length ? 1000 + present : present - variant.Required.Length;
            }

            candidates.Add((i, score));
        }

        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        int[] order = new int[candidates.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = candidates[i].Index;
        }

        return order;
    }

    /// <summary>Reads a value already parsed into an element with a generated reader.</summary>
    /// <typeparam name="T">The branch type.</typeparam>
    /// <param name="element">The value.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value.</returns>
    public static T Read<T>(JsonElement element, JsonReadFunc<T> read)
    {
        Utf8JsonReader reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()));
        reader.Read();
        return read(ref reader);
    }

    private static bool KindMatches(JsonValueKind kind, string variantKind) => variantKind switch
    {
        "any" => true,
        "object" => kind == JsonValueKind.Object,
        "array" => kind == JsonValueKind.Array,
        "string" => kind == JsonValueKind.String,
        "number" => kind == JsonValueKind.Number,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        _ => false,
    };
}
