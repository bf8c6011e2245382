using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace TriviaApi.Api;

/// <summary>
/// Writes responses as JSON, as MVC's <see cref="SystemTextJsonOutputFormatter"/> does and in its place, but whole
/// and synchronously, so that the writers System.Text.Json generates at build time (<c>ResponseJson</c>) are the ones
/// that run. MVC's formatter never takes them: it streams, and streams a type's generated writer only while every body
/// of that type has stayed small; and it writes with its own escaping (any letter as it is), which System.Text.Json
/// holds incompatible with generated writers when it is set in the options. Here the escaping is the writer's, the
/// options stay as generated, and the bytes are the same.
/// </summary>
internal sealed class JsonResponseFormatter : TextOutputFormatter
{
    private readonly JsonSerializerOptions _options;
    private readonly JsonWriterOptions _writing;

    // A charset other than UTF-8 (the API answers UTF-16 when asked) is left to MVC's own formatter, transcoding.
    private readonly SystemTextJsonOutputFormatter _transcoding;

    public JsonResponseFormatter(JsonSerializerOptions options)
    {
        _options = options;
        _writing = Writing(options);
        _transcoding = new SystemTextJsonOutputFormatter(new JsonSerializerOptions(options) { Encoder = _writing.Encoder });
        options.MakeReadOnly();
        foreach (var encoding in _transcoding.SupportedEncodings)
        {
            SupportedEncodings.Add(encoding);
        }

        foreach (var mediaType in _transcoding.SupportedMediaTypes)
        {
            SupportedMediaTypes.Add(mediaType);
        }
    }

    /// <summary>What MVC's formatter writes with: its escaping unless the options name one, their indentation.</summary>
    public static JsonWriterOptions Writing(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder ?? JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = options.WriteIndented,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="body"/> as this formatter writes a response.</summary>
    public static void Write(IBufferWriter<byte> body, object? value, JsonTypeInfo type, JsonWriterOptions writing)
    {
        using var writer = new Utf8JsonWriter(body, writing);
        JsonSerializer.Serialize(writer, value, type);
    }

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(selectedEncoding);
        if (selectedEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            await _transcoding.WriteResponseBodyAsync(context, selectedEncoding);
            return;
        }

        var body = context.HttpContext.Response.BodyWriter;
        Write(body, context.Object, TypeOf(context), _writing);
        await body.FlushAsync(context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// The declared type's metadata where it decides what is written (a sealed type, a value, a declared polymorphism,
    /// <c>object</c>) or the value is of that very type; otherwise the value's own: MVC's formatter's choice.
    /// </summary>
    private JsonTypeInfo TypeOf(OutputFormatterWriteContext context)
    {
        var runtime = context.Object?.GetType();
        if (context.ObjectType is { } declared && _options.GetTypeInfo(declared) is var info
            && (runtime is null || runtime == declared || declared.IsSealed || declared.IsValueType || declared == typeof(object) || info.PolymorphismOptions is not null))
        {
            return info;
        }

        return _options.GetTypeInfo(runtime ?? typeof(object));
    }
}
