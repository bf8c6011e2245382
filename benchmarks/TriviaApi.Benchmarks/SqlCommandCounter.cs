using System.Diagnostics;

namespace TriviaApi.Benchmarks;

/// <summary>
/// Counts the SQL commands EF Core runs in this process, from its diagnostic events, so a read path's figures say
/// how many round trips to SQLite it makes beside how long it takes.
/// </summary>
internal static class SqlCommandCounter
{
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private static long _count;
    private static IDisposable? _listening;

    public static long Count => Interlocked.Read(ref _count);

    public static void Start() => _listening ??= DiagnosticListener.AllListeners.Subscribe(new Listeners());

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                value.Subscribe(new Events(), (name, _, _) => name == Executed);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Events : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == Executed)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
