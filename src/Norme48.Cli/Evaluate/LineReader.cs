using System;
using System.IO;

namespace Norme48.Cli.Evaluate;

/// <summary>
/// Reads a stream as lines of UTF-8 bytes, in constant memory: a leading byte-order mark is skipped, <c>\n</c> ends a
/// line and a <c>\r</c> before it is dropped, and a line longer than <see cref="MaxLineBytes"/> is reported as
/// overlong (its bytes are skipped, not kept).
/// </summary>
internal sealed class LineReader
{
    /// <summary>The longest line answered: 1 MiB of bytes, without its terminator.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    private readonly Stream input;
    private readonly byte[] chunk = new byte[64 * 1024];
    private byte[] line = new byte[4 * 1024];
    private int chunkLength;
    private int chunkPosition;
    private bool atStart = true;
    private bool ended;

    public LineReader(Stream input) => this.input = input;

    /// <summary>Reads the next line.</summary>
    /// <param name="content">The line's bytes, valid until the next call; empty for an overlong line.</param>
    /// <param name="overlong">Whether the line was longer than <see cref="MaxLineBytes"/>.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> content, out bool overlong)
    {
        content = default;
        overlong = false;
        if (ended)
        {
            return false;
        }

        var length = 0;
        var sawAny = false;
        while (true)
        {
            if (chunkPosition == chunkLength)
            {
                chunkLength = input.Read(chunk, 0, chunk.Length);
                chunkPosition = 0;
                if (chunkLength == 0)
                {
                    ended = true;
                    if (!sawAny)
                    {
                        return false;
                    }

                    break;
                }

                if (atStart)
                {
                    atStart = false;
                    if (!SkipByteOrderMark())
                    {
                        continue;
                    }
                }
            }

            sawAny = true;
            var available = chunk.AsSpan(chunkPosition, chunkLength - chunkPosition);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available : available[..newline];
            if (!overlong)
            {
                if ((long)length + take.Length > MaxLineBytes + 1)
                {
                    // One byte over the limit is kept so that a trailing \r can still be told apart.
                    overlong = true;
                }
                else
                {
                    EnsureCapacity(length + take.Length);
                    take.CopyTo(line.AsSpan(length));
                    length += take.Length;
                }
            }

            chunkPosition += take.Length;
            if (newline >= 0)
            {
                chunkPosition++;
                break;
            }
        }

        if (length > 0 && line[length - 1] == (byte)'\r')
        {
            length--;
        }

        if (length > MaxLineBytes)
        {
            overlong = true;
        }

        content = overlong ? default : line.AsSpan(0, length);
        return true;
    }

    /// <summary>Skips a UTF-8 byte-order mark at the very start; returns false when the chunk is then empty.</summary>
    private bool SkipByteOrderMark()
    {
        // A BOM split over two reads is not expected from a pipe's first read of at least 3 bytes; when the first read
        // is shorter, the bytes are read on and checked once 3 are there.
        while (chunkLength < 3)
        {
            var more = input.Read(chunk, chunkLength, chunk.Length - chunkLength);
            if (more == 0)
            {
                break;
            }

            chunkLength += more;
        }

        if (chunkLength >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF)
        {
            chunkPosition = 3;
        }

        return chunkPosition < chunkLength;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > line.Length)
        {
            Array.Resize(ref line, Math.Min(Math.Max(needed, line.Length * 2), MaxLineBytes + 1));
        }
    }
}
