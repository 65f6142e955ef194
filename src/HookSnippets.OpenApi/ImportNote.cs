namespace HookSnippets.OpenApi;

/// <summary>
/// Something of the OpenAPI file that the description does not carry, or carries simplified: where
/// (an operation as <c>GET /path</c>, or a JSON pointer such as <c>#/components/schemas/Hook/not</c>) and why.
/// </summary>
public sealed record ImportNote(string Location, string Reason)
{
    public override string ToString() => Location + ": " + Reason;
}
