namespace HookSnippets.OpenApi.References;

/// <summary>
/// The path of a node as an immutable list of pointer tokens, shared by its children: a walk over a large document
/// extends it by one token per step, and only a diagnostic or a mount turns it into a pointer.
/// </summary>
internal sealed class TokenPath
{
    public static readonly TokenPath Root = new(null, string.Empty, 0);

    private readonly TokenPath? _parent;
    private readonly string _token;

    private TokenPath(TokenPath? parent, string token, int depth)
    {
        _parent = parent;
        _token = token;
        Depth = depth;
    }

    public int Depth { get; }

    public static TokenPath Of(IEnumerable<string> tokens) => tokens.Aggregate(Root, (path, token) => path.Add(token));

    public TokenPath Add(string token) => new(this, token, Depth + 1);

    public TokenPath Add(int index) => Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string[] ToArray()
    {
        var tokens = new string[Depth];
        for (var path = this; path._parent is not null; path = path._parent)
        {
            tokens[path.Depth - 1] = path._token;
        }

        return tokens;
    }

    public override string ToString() => JsonPointer.FromTokens(ToArray());
}
