using System.Collections.Generic;
using System.Globalization;

namespace HookSnippets.ClientShape;

/// <summary>Hands out names within one scope; a name already taken gets the next free number (<c>Hook2</c>).</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public UniqueNames(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Takes <paramref name="wanted"/> or the first free numbered variant, and says whether it had to rename.</summary>
    public string Take(string wanted, out bool renamed)
    {
        renamed = false;
        if (_taken.Add(wanted))
        {
            return wanted;
        }

        renamed = true;
        for (var i = 2; ; i++)
        {
            var candidate = wanted + i.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
