using Kumo.OpenApi.Generator.Helpers;
using Kumo.OpenApi.Generator.Model;

namespace Kumo.OpenApi.Generator.Emitting;

/// <summary>Writes the description's validation keywords as attributes, so analyzers can check constants at call sites.</summary>
internal static class ConstraintAttributes
{
    public static void Write(SourceWriter writer, string jsonName, ConstraintsModel constraints)
    {
        if (constraints == ConstraintsModel.None)
        {
            writer.WriteLine("[global::Kumo.OpenApi.Runtime.ApiMember(" + Identifiers.Literal(jsonName) + ")]");
            return;
        }

        System.Collections.Generic.List<string> named = new System.Collections.Generic.List<string>();
        if (constraints.MinLength is long minLength)
        {
            named.Add("MinLength = " + minLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (constraints.MaxLength is long maxLength)
        {
            named.Add("MaxLength = " + maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (constraints.Pattern is string pattern)
        {
            named.Add("Pattern = " + Identifiers.Literal(pattern));
        }

        if (constraints.Minimum is string minimum)
        {
            named.Add("Minimum = " + Identifiers.Literal(minimum));
        }

        if (constraints.Maximum is string maximum)
        {
            named.Add("Maximum = " + Identifiers.Literal(maximum));
        }

        if (constraints.MinItems is long minItems)
        {
            named.Add("MinItems = " + minItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (constraints.MaxItems is long maxItems)
        {
            named.Add("MaxItems = " + maxItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (constraints.UniqueItems)
        {
            named.Add("UniqueItems = true");
        }

        if (constraints.Format is string format)
        {
            named.Add("Format = " + Identifiers.Literal(format));
        }

        if (constraints.ItemPattern is string itemPattern)
        {
            named.Add("ItemPattern = " + Identifiers.Literal(itemPattern));
        }

        if (constraints.ItemFormat is string itemFormat)
        {
            named.Add("ItemFormat = " + Identifiers.Literal(itemFormat));
        }

        if (constraints.ItemMaxLength is long itemMaxLength)
        {
            named.Add("ItemMaxLength = " + itemMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteLine("[global::Kumo.OpenApi.Runtime.ApiMember(" + Identifiers.Literal(jsonName) + ", " + string.Join(", ", named) + ")]");
    }
}
