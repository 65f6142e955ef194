namespace HookSnippets.Description.Tests.Validation;

/// <summary>
/// Small descriptions for diagnostic tests. The frame is fixed so that positions are easy to check:
/// line 3 holds the base URL (its string starts at column 14), line 4 the variables (column 16),
/// line 6 the types (column 12), and the operations start on line 8.
/// </summary>
internal static class DescriptionTexts
{
    public const string FilePath = "endpoints.json";

    public const string GetPet = """
            "pets.get": {
              "method": "GET",
              "path": "/pets/{id}",
              "parameters": { "id": { "in": "path", "example": "PET_ID" } },
              "responses": { "200": { "description": "The pet." } }
            }
        """;

    public static string With(
        string operations,
        string types = "{}",
        string baseUrl = "https://{host}/v1",
        string variables = """{ "host": { "example": "YOUR_HOST" } }""") =>
        "{\n"
        + "  \"name\": \"Pets\",\n"
        + "  \"baseUrl\": \"" + baseUrl + "\",\n"
        + "  \"variables\": " + variables + ",\n"
        + "  \"auth\": { \"type\": \"bearer\", \"example\": \"API_TOKEN\" },\n"
        + "  \"types\": " + types + ",\n"
        + "  \"operations\": {\n"
        + operations + "\n"
        + "  }\n"
        + "}\n";

    /// <summary>Every diagnostic of reading <paramref name="text"/>, in MSBuild format.</summary>
    public static string[] Report(string text) =>
        DescriptionReader.Read(text, FilePath).Diagnostics.Select(d => d.ToString()).ToArray();
}
