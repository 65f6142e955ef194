using System.Globalization;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// The success answer a sample reads (<c>response</c> in templates): the operation's first 2xx response, 200 when it
/// lists none. Response bodies in a description are JSON (docs/endpoint-format.md), so <see cref="IsJson"/> is true
/// when that response declares a body (a schema) the answer can carry: not for 204, not for HEAD (no body on the
/// wire), not for a response without schema (the API may send nothing). verify's recording server answers with this
/// status and, whenever <see cref="IsJson"/> is true, a JSON body that fits the schema (SuccessResponses), so a
/// sample that parses a successful answer as JSON only when told to never meets anything else.
/// </summary>
public sealed class SampleResponse
{
    public required int Status { get; init; }

    public required bool IsJson { get; init; }

    public static SampleResponse For(Operation operation)
    {
        var success = operation.Responses.FirstOrDefault(r => r.Status.StartsWith('2'));
        var status = success is not null && int.TryParse(success.Status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 200;
        return new SampleResponse
        {
            Status = status,
            IsJson = status != 204 && operation.Method != "HEAD" && success?.Schema is not null,
        };
    }
}
