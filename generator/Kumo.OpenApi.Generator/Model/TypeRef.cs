namespace Kumo.OpenApi.Generator.Model;

internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Single,
    Decimal,
    Boolean,
    DateTimeOffset,
    Guid,
    Date,
    Uri,
    Bytes,
    Json,
    Model,
    Enum,
    Array,
    Map,

    /// <summary>A raw HttpContent body, for media types without typed support.</summary>
    Content,

    /// <summary>A binary body or response: a Stream.</summary>
    Stream,

    /// <summary>A text/* body or response: a string sent or read as is.</summary>
    Text,

    /// <summary>A file part of a multipart/form-data body: the runtime's ApiFile.</summary>
    File,
}

/// <summary>An equatable description of a C# type used by generated code; <see cref="Name"/> is set for models and enums.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null)
{
    public static readonly TypeRef String = new TypeRef(TypeKind.String);
    public static readonly TypeRef Int32 = new TypeRef(TypeKind.Int32);
    public static readonly TypeRef Int64 = new TypeRef(TypeKind.Int64);
    public static readonly TypeRef Double = new TypeRef(TypeKind.Double);
    public static readonly TypeRef Single = new TypeRef(TypeKind.Single);
    public static readonly TypeRef Decimal = new TypeRef(TypeKind.Decimal);
    public static readonly TypeRef Boolean = new TypeRef(TypeKind.Boolean);
    public static readonly TypeRef DateTimeOffset = new TypeRef(TypeKind.DateTimeOffset);
    public static readonly TypeRef Guid = new TypeRef(TypeKind.Guid);
    public static readonly TypeRef Json = new TypeRef(TypeKind.Json);
    public static readonly TypeRef Date = new TypeRef(TypeKind.Date);
    public static readonly TypeRef Uri = new TypeRef(TypeKind.Uri);
    public static readonly TypeRef Bytes = new TypeRef(TypeKind.Bytes);
    public static readonly TypeRef Stream = new TypeRef(TypeKind.Stream);
    public static readonly TypeRef Text = new TypeRef(TypeKind.Text);
    public static readonly TypeRef File = new TypeRef(TypeKind.File);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single or TypeKind.Decimal
        or TypeKind.Boolean or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Date or TypeKind.Json or TypeKind.Enum;

    /// <summary>Scalars that runtime ApiFormat.Text formats: what a parameter or a multipart text part can carry.</summary>
    public bool HasTextForm => Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Single
        or TypeKind.Decimal or TypeKind.Boolean or TypeKind.DateTimeOffset or TypeKind.Guid or TypeKind.Date or TypeKind.Uri or TypeKind.Bytes;

    public static TypeRef ArrayOf(TypeRef element) => new TypeRef(TypeKind.Array, null, element);

    public static TypeRef MapOf(TypeRef value) => new TypeRef(TypeKind.Map, null, value);
}
