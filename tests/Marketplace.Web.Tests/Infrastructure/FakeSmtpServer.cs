using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// A mail server on 127.0.0.1 that speaks just enough SMTP for MailKit, and can be told to be down (421 at the
/// greeting) or busy (451 to MAIL FROM) for a while. What it takes it keeps in <see cref="Received"/> and also drops
/// into <paramref name="dropFolder"/>, so <see cref="Mailbox"/> reads it as it reads the pickup folder. A recipient
/// whose address starts with "refused" gets 550, the refusal a real server gives an unknown mailbox.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly string dropFolder;
    private readonly Task accepting;
    private int received;

    public FakeSmtpServer(string dropFolder)
    {
        this.dropFolder = dropFolder;
        listener.Start();
        accepting = AcceptAsync();
    }

    public enum State
    {
        Up,
        Down,
        Busy,
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public State Now { get; set; } = State.Up;

    /// <summary>Every message taken, in order: its Message-Id and its recipients.</summary>
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var connection = client;
        var stream = connection.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            if (Now == State.Down)
            {
                await writer.WriteLineAsync("421 4.3.2 Service not available, closing channel");
                return;
            }

            await writer.WriteLineAsync("220 127.0.0.1 fake ESMTP");
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250-127.0.0.1\r\n250 8BITMIME");
                        break;
                    case "MAIL":
                        await writer.WriteLineAsync(Now == State.Busy ? "451 4.3.0 Try again later" : "250 2.1.0 OK");
                        break;
                    case "RCPT":
                        await writer.WriteLineAsync(line.Contains("<refused", StringComparison.OrdinalIgnoreCase) ? "550 5.1.1 No such mailbox" : "250 2.1.5 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        await TakeAsync(reader);
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the server is stopping.
        }
    }

    private async Task TakeAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            // Dot-stuffing: a line that starts with a dot was sent with one more.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        var message = MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())));
        Received.Enqueue(message);
        Directory.CreateDirectory(dropFolder);
        await message.WriteToAsync(Path.Combine(dropFolder, $"smtp-{Interlocked.Increment(ref received):D5}.eml"));
    }
}
