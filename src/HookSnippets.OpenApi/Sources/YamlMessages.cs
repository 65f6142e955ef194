namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// SharpYaml's error messages ("While scanning for the next token, find character that cannot start any token.")
/// in plain words. The position is given separately (file, line, column), so the reader's "(Lin: 9, Col: 0, Chr: 124)"
/// prefix is dropped; an unknown message is kept as it is, without that prefix.
/// </summary>
internal static class YamlMessages
{
    private static readonly (string Reader, string Plain)[] Known =
    [
        ("find character that cannot start any token", "this character cannot start a YAML value (quote the value if it starts with @, ` or %)"),
        ("did not find expected ',' or ']'", "a flow sequence '[' is not closed: expected ',' or ']'"),
        ("did not find expected ',' or '}'", "a flow mapping '{' is not closed: expected ',' or '}'"),
        ("While parsing a block mapping, did not find expected key", "expected a key at this indentation; check that this line is indented like the keys around it"),
        ("While parsing a block collection, did not find expected '-' indicator", "expected a list item ('- ') at this indentation; check the indentation of this line"),
        ("Mapping values are not allowed in this context", "a ': ' here starts a key that is not allowed at this place; quote the value if it contains ': ', or fix the indentation"),
        ("could not find expected ':'", "a key must be followed by ':' on the same line"),
        ("While scanning a quoted scalar, find unexpected end of stream", "a quoted string is not closed: the file ends before its closing quote"),
        ("While scanning a quoted scalar, find unexpected document indicator", "a quoted string is not closed before the next '---' or '...'"),
        ("find unknown escape character", "unknown escape sequence in a double-quoted string (write a backslash as \\\\, or use single quotes)"),
        ("did not find expected node content", "a value is missing here"),
        ("Block sequence entries are not allowed in this context", "a list item ('- ') is not allowed here; put it on its own line, indented under its key"),
        ("Mapping keys are not allowed in this context", "a key is not allowed here; check the indentation"),
        ("find unexpected ':'", "unexpected ':' in a value; quote the value"),
        ("undefined tag handle", "unknown tag handle ('!name!'); remove the tag or declare it"),
        ("did not find expected alphabetic or numeric character", "an anchor or alias name ('&name', '*name') must be letters or digits"),
    ];

    public static string Plain(string message, char atError)
    {
        if (atError == '\t' || message.Contains("tab character", StringComparison.Ordinal))
        {
            return "tab characters are not allowed for indentation in YAML; indent with spaces";
        }

        foreach (var (reader, plain) in Known)
        {
            if (message.Contains(reader, StringComparison.Ordinal))
            {
                return plain;
            }
        }

        // "(Lin: 9, Col: 0, Chr: 124) - (Lin: 9, Col: 0, Chr: 124): message": the position is printed separately.
        var prefixEnd = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Lin:", StringComparison.Ordinal) && prefixEnd >= 0 ? message[(prefixEnd + 3)..] : message).TrimEnd('.');
    }
}
