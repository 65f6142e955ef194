namespace HookSnippets.Description.Text;

/// <summary>
/// Where UTF-8 bytes stop being valid (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). A lenient
/// decoder puts U+FFFD in place of such a byte, and the changed text would reach samples and the client unnoticed.
/// </summary>
public static class Utf8Validation
{
    /// <summary>The offset of the first byte that starts no valid sequence, or -1 when all of <paramref name="bytes"/> is valid.</summary>
    public static int FirstInvalidByte(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int minimum;
            if ((lead & 0xE0) == 0xC0)
            {
                length = 2;
                minimum = 0x80;
            }
            else if ((lead & 0xF0) == 0xE0)
            {
                length = 3;
                minimum = 0x800;
            }
            else if ((lead & 0xF8) == 0xF0)
            {
                length = 4;
                minimum = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var value = lead & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }

                value = (value << 6) | (bytes[i + k] & 0x3F);
            }

            if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
