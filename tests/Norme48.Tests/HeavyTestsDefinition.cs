using Xunit;

namespace Norme48.Tests;

/// <summary>
/// Heavy tests run alone: their allocation and time measurements must not share the machine with other tests. They
/// live in namespaces ending in <c>.Heavy</c> (files under a <c>Heavy</c> folder), which <c>dotnet test</c> runs and
/// the mutation-testing configuration (stryker-config.json) leaves out with <c>FullyQualifiedName!~.Heavy.</c>.
/// </summary>
[CollectionDefinition("Heavy", DisableParallelization = true)]
public sealed class HeavyTestsDefinition
{
}
