using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Marketplace.Web.Infrastructure;

/// <summary>Why a form was refused before any handler saw it: the text key the error page shows.</summary>
public sealed record FormRefusal(string MessageKey);

/// <summary>
/// Reads every posted form once, before MVC, and refuses what no handler should see: a form that cannot be read
/// (over the field, name or value limits, multipart without a boundary, a body or upload over its limit) and text
/// with control characters (NUL...) or bytes that are not UTF-8, in the form or in the query string. The answer is 400 or 413 with the localised error
/// page saying what was wrong, instead of a handler, a binder or the error page itself failing on it later.
/// Runs after routing, so the endpoint's own limits ([RequestFormLimits], [RequestSizeLimit]) apply.
/// </summary>
internal sealed class FormGuard(RequestDelegate next)
{
    /// <summary>Largest url-encoded body whose raw bytes are checked for UTF-8; a longer one is over the form limits anyway.</summary>
    private const int MaxUrlEncodedBytes = 8 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for a refused form must not read that form again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        // The query string too: a NUL in ?province= reached PostgreSQL, which refuses it with an error (a 500).
        if (context.Request.Query.Any(q => !IsCleanText(q.Key) || q.Value.Any(v => v is not null && !IsCleanText(v))))
        {
            context.Features.Set(new FormRefusal("Error.Query.Unreadable"));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await next(context);
            return;
        }

        if (await RefusalAsync(context.Request) is { } refusal)
        {
            context.Features.Set(new FormRefusal(refusal.MessageKey));
            context.Response.StatusCode = refusal.Status;
            return;
        }

        await next(context);
    }

    private static async Task<(int Status, string MessageKey)?> RefusalAsync(HttpRequest request)
    {
        try
        {
            if (IsUrlEncoded(request) && await UrlEncodedBodyRefusalAsync(request) is { } raw)
            {
                return raw;
            }

            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, values) in form)
            {
                if (!IsCleanText(key) || values.Any(v => v is not null && !IsCleanText(v)))
                {
                    return (StatusCodes.Status400BadRequest, "Error.Form.ControlCharacter");
                }
            }

            return form.Files.Any(f => !IsCleanText(f.Name)) ? (StatusCodes.Status400BadRequest, "Error.Form.ControlCharacter") : null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (StatusCodes.Status413PayloadTooLarge, "Error.Form.TooLarge");
        }
        catch (InvalidDataException e) when (e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status413PayloadTooLarge, "Error.Form.TooLarge");
        }
        catch (InvalidDataException)
        {
            // Too many fields, a name or value over its limit, a multipart body without a boundary or cut short.
            return (StatusCodes.Status400BadRequest, "Error.Form.Unreadable");
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            return (StatusCodes.Status400BadRequest, "Error.Form.Unreadable");
        }
    }

    private static bool IsUrlEncoded(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// The form reader leaves a %-escape that is not UTF-8 as literal text ("%FF%FE"), so a person's typed "%FF"
    /// and a broken byte would look the same afterwards: the raw body is checked instead, then read again.
    /// </summary>
    private static async Task<(int Status, string MessageKey)?> UrlEncodedBodyRefusalAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxUrlEncodedBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, "Error.Form.TooLarge");
        }

        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxUrlEncodedBytes);
        using var raw = new MemoryStream();
        await request.Body.CopyToAsync(raw, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return RawRefusal(raw.GetBuffer().AsSpan(0, (int)raw.Length)) is { } key ? (StatusCodes.Status400BadRequest, key) : null;
    }

    /// <summary>The refusal for a url-encoded body once its %-escapes are decoded: a control character, or bytes that are not UTF-8.</summary>
    private static string? RawRefusal(ReadOnlySpan<byte> body)
    {
        var decoded = new byte[body.Length];
        var length = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '%' && i + 2 < body.Length && IsHex(body[i + 1]) && IsHex(body[i + 2]))
            {
                decoded[length++] = (byte)((Hex(body[i + 1]) << 4) | Hex(body[i + 2]));
                i += 2;
            }
            else
            {
                decoded[length++] = body[i];
            }
        }

        var text = decoded.AsSpan(0, length);
        foreach (var b in text)
        {
            if (IsControl(b))
            {
                return "Error.Form.ControlCharacter";
            }
        }

        return System.Text.Unicode.Utf8.IsValid(text) ? null : "Error.Form.NotUtf8";
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int Hex(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    /// <summary>No C0 control character but tab and line breaks, no DEL, and no U+FFFD (what a multipart reader makes of bytes that are not UTF-8).</summary>
    private static bool IsCleanText(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c) || c == '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The one rule for both checks: a C0 control character other than tab and line breaks, or DEL.</summary>
    private static bool IsControl(int c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == 0x7F;
}

internal static class FormGuardExtensions
{
    public static WebApplication UseFormGuard(this WebApplication app)
    {
        app.UseMiddleware<FormGuard>();
        return app;
    }
}
