# cmake -DSOURCE_DIR=<repo> -DDIRS="ui;app" -DEXCEPT="app/cli/ExecCommand.cpp" -P CheckRemoteCommands.cmake
# Fails when a source under DIRS builds a remote command itself instead of calling a step in core (ops/): it
# constructs a RemoteCommand, calls run()/upload() on an SSH pool or session, names a remote tool as a string
# literal (the first word of an argv or command line: "cat", "ip", "hccn_tool", "docker"...), or names a
# server-side system path (/etc/..., /usr/local/Ascend/...) as one. tr() text is not looked at: telling the
# admin what runs is fine, building it is not. EXCEPT lists files that may (exec runs what the user typed).
# With -DEXPECT_HITS=N the script instead checks that it finds exactly N hits (its self-test on a probe).
cmake_policy(VERSION 3.21)
set(tools cat ip hccn_tool npu-smi docker mkdir chmod chown rm mv cp sh bash sudo uname lspci systemctl curl wget
    python3 python ls stat test df free dmesg getent tee ln kill pkill hostname ss netstat ping whoami env find
    grep sed awk head tail ps lsof journalctl nproc lscpu ascend-dmi msnpureport tar scp rsync)
list(JOIN tools "|" tools_re)
set(literal_re "(QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8|QByteArrayLiteral)\\(\"")
set(rules
    "constructs a RemoteCommand|(^|[^A-Za-z0-9_])RemoteCommand([^A-Za-z0-9_]|$)"
    "runs a command on a pool or session|([Pp]ool|[Ss]ession)[A-Za-z_]*(\\(\\))?(\\.|->)(run|upload)[ \t]*\\("
    "names a remote tool|${literal_re}(${tools_re})( [^\"]*)?\""
    "names a remote tool in an argv list|[{,][ \t]*\"(${tools_re})( [^\"]*)?\"[ \t]*[,}]"
    "names a server-side path|${literal_re}/(etc|proc|sys|dev|usr/local/Ascend|var/log)/")
# Literals that name a tool without being a command: file:literal, each with the reason.
set(allowed
    "app/cli/ParseCommand.cpp:QLatin1String(\"ip\")"        # an hccn_tool getter whose saved output is parsed
    "app/cli/ParseCommand.cpp:QLatin1String(\"ping\")"      # likewise
    "app/cli/ParseCommand.cpp:QStringLiteral(\"npu-smi\")"  # a KIND of saved output to parse
    "app/cli/CommandLine.cpp:QStringLiteral(\"sudo\")"      # the name of exec's --sudo option
    "app/cli/EngineCommand.cpp:QStringLiteral(\"head\")"    # the vLLM head's role
    "ui/operate/LaunchServerModel.cpp:QLatin1String(\"head\")")

set(hits 0)
set(report "")
foreach(dir IN LISTS DIRS)
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    foreach(source IN LISTS sources)
        if(source IN_LIST EXCEPT)
            continue()
        endif()
        # One list element a line: ';', '[' and ']' would split or join CMake list elements, so they are
        # stood in for (no rule looks for them) and put back in the report.
        file(READ "${SOURCE_DIR}/${source}" text)
        string(REPLACE ";" "<semicolon>" text "${text}")
        string(REPLACE "[" "<open>" text "${text}")
        string(REPLACE "]" "<close>" text "${text}")
        string(REPLACE "\n" ";" lines "${text}")
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            # Comments and translated text say what runs; they do not build it.
            string(REGEX REPLACE "^[ \t]*//.*" "" code "${line}")
            string(REGEX REPLACE "[ \t]//[^\"]*$" "" code "${code}")
            string(REGEX REPLACE "(tr|translate)\\([^)]*\\)" "" code "${code}")
            foreach(allow IN LISTS allowed)
                string(REPLACE ":" ";" parts "${allow}")
                list(GET parts 0 allowed_file)
                list(GET parts 1 allowed_literal)
                if(source STREQUAL allowed_file)
                    string(REPLACE "${allowed_literal}" "" code "${code}")
                endif()
            endforeach()
            foreach(rule IN LISTS rules)
                string(FIND "${rule}" "|" bar)
                string(SUBSTRING "${rule}" 0 ${bar} what)
                math(EXPR start "${bar} + 1")
                string(SUBSTRING "${rule}" ${start} -1 re)
                if(code MATCHES "${re}")
                    math(EXPR hits "${hits} + 1")
                    string(STRIP "${line}" shown)
                    string(REPLACE "<semicolon>" ";" shown "${shown}")
                    string(REPLACE "<open>" "[" shown "${shown}")
                    string(REPLACE "<close>" "]" shown "${shown}")
                    string(APPEND report "${source}:${number}: ${what}: ${shown}\n")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(DEFINED EXPECT_HITS)
    if(NOT hits EQUAL EXPECT_HITS)
        message(FATAL_ERROR "the check found ${hits} remote commands in the probe, expected ${EXPECT_HITS}:\n${report}")
    endif()
    message(STATUS "the check finds all ${hits} remote commands of the probe:\n${report}")
elseif(hits GREATER 0)
    message(FATAL_ERROR "${hits} remote command(s) built outside core (call a step in core/ops instead):\n${report}")
else()
    message(STATUS "no remote command is built in ${DIRS} (except ${EXCEPT})")
endif()
