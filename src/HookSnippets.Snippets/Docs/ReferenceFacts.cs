namespace HookSnippets.Snippets.Docs;

/// <summary>
/// What a reference page tells besides the samples: the parameters, the request body's fields, the responses with
/// their examples, and the errors. Built once per operation by <see cref="ReferenceFactsBuilder"/>.
/// </summary>
public sealed record ReferenceFacts(
    IReadOnlyList<ParameterRow> Parameters,
    BodyFacts? Body,
    IReadOnlyList<ResponseFacts> Responses,
    IReadOnlyList<ErrorRow> Errors)
{
    public static readonly ReferenceFacts Empty = new([], null, [], []);
}

/// <summary>One row of the parameters table; <see cref="Example"/> is the value as the samples send it, or null.</summary>
public sealed record ParameterRow(string Name, string In, TypeText Type, bool Required, string? Description, string? Example);

/// <summary>The request body: its media type, its type, and its fields (members one level deep, as <c>parent.child</c>).</summary>
public sealed record BodyFacts(string ContentType, TypeText Type, string? Description, IReadOnlyList<FieldRow> Fields);

/// <summary>One field of a body or type table.</summary>
public sealed record FieldRow(string Name, TypeText Type, bool Required, string? Description);

/// <summary>A success status: its description, body type and examples (the description's, else one synthesised).</summary>
public sealed record ResponseFacts(string Status, string? Description, TypeText? Type, IReadOnlyList<ResponseExample> Examples);

/// <summary>A response body example as indented JSON; <see cref="Name"/> is null for an unnamed or synthesised one.</summary>
public sealed record ResponseExample(string? Name, string? Summary, string Json, bool Synthesised);

/// <summary>An error status, the error code its example carries (<c>errorCode</c>, <c>code</c>, <c>error</c>), and the message.</summary>
public sealed record ErrorRow(string Status, string? Code, string Message);

/// <summary>
/// A schema in words for a table cell (<c>array of string</c>, <c>Hook</c>, <c>string or null</c>), as parts: words, and
/// the names of described types, which a page links to the types page.
/// </summary>
public sealed record TypeText(IReadOnlyList<TypePart> Parts)
{
    public override string ToString() => string.Concat(Parts.Select(p => p.Text));
}

/// <summary>Words of a <see cref="TypeText"/>, or (<see cref="IsType"/>) the name of a type of the description.</summary>
public sealed record TypePart(string Text, bool IsType);
