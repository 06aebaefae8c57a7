/**
 * JMH benchmarks. Run them on one thread, for example:
 *
 * <pre>
 * mvn -o -q -pl dossier-bench -am package -DskipTests
 * mvn -o -q -pl dossier-bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp dossier-bench/target/classes:$(cat dossier-bench/target/cp.txt) org.openjdk.jmh.Main PageImportBenchmark -t 1 -f 1
 * </pre>
 */
@NullMarked
package org.dossier.bench;

import org.jspecify.annotations.NullMarked;
