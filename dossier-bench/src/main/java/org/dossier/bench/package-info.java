/**
 * JMH benchmarks. Run them on one thread, for example:
 *
 * <pre>
 * mvn -o -q -pl dossier-bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
 * java -cp dossier-bench/target/classes:$(cat dossier-bench/target/cp.txt) org.openjdk.jmh.Main PageImportBenchmark -t 1 -f 1
 * java -cp dossier-bench/target/classes:$(cat dossier-bench/target/cp.txt) org.dossier.bench.CpuTimeRun 10000
 * </pre>
 *
 * <p>{@code CpuTimeRun} reports pages per CPU-second of one thread, which stays meaningful when
 * other processes share the cores.
 */
@NullMarked
package org.dossier.bench;

import org.jspecify.annotations.NullMarked;
